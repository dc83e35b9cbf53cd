// Renders its children only in the browser, once the page is idle or as soon as `now` is true.
// For UI that is never part of the server HTML (the cart drawer, the newsletter popup): with
// React.lazy their code loads after the page instead of in its initial JavaScript.
import { Suspense, useEffect, useState, type ReactNode } from "react";

const FALLBACK_DELAY_MS = 1500;

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

export function DeferredMount({ now = false, children }: { now?: boolean; children: ReactNode }) {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const w = window as IdleWindow;
    if (w.requestIdleCallback && w.cancelIdleCallback) {
      const id = w.requestIdleCallback(() => setIdle(true), { timeout: 4000 });
      return () => w.cancelIdleCallback?.(id);
    }
    const id = window.setTimeout(() => setIdle(true), FALLBACK_DELAY_MS);
    return () => window.clearTimeout(id);
  }, []);
  return idle || now ? <Suspense fallback={null}>{children}</Suspense> : null;
}
