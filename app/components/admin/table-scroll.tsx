// A wide table's frame on a narrow screen: it scrolls sideways on its own, and so it is focusable
// and named, for a keyboard to scroll it too (axe: scrollable-region-focusable). `relative` keeps
// the table's visually hidden text inside the frame rather than widening the page.
import type { ReactNode } from "react";

export function TableScroll({ label, className = "mt-4", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto rounded-lg border border-stone-200 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-stone-800 ${className}`}>
      {children}
    </div>
  );
}
