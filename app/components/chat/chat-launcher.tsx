// The header's "Ask" link: the /assistant page without JavaScript; with it, the opener of the chat
// panel, whose code loads on first use (or on hover, a moment early) and stays out of every page's
// initial JavaScript. An open panel opens again after a reload or a full page load.
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type MouseEvent } from "react";

const loadPanel = () => import("./chat-panel");
const ChatPanel = lazy(() => loadPanel().then((m) => ({ default: m.ChatPanel })));

const OPEN_KEY = "pr_chat_open";

function rememberOpen(open: boolean) {
  try {
    if (open) window.sessionStorage.setItem(OPEN_KEY, "1");
    else window.sessionStorage.removeItem(OPEN_KEY);
  } catch {
    // Storage refused: the panel just will not reopen by itself.
  }
}

export function ChatLauncher() {
  const link = useRef<HTMLAnchorElement>(null);
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);

  const show = useCallback(() => {
    setMounted(true);
    setOpen(true);
    rememberOpen(true);
  }, []);

  useEffect(() => {
    try {
      if (window.sessionStorage.getItem(OPEN_KEY) === "1") show();
    } catch {
      // See rememberOpen.
    }
  }, [show]);

  const close = useCallback(() => {
    setOpen(false);
    rememberOpen(false);
    link.current?.focus();
  }, []);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    show();
  };

  return (
    <>
      <a
        ref={link}
        href="/assistant"
        onClick={onClick}
        onPointerEnter={() => void loadPanel().catch(() => {})}
        aria-haspopup="dialog"
        aria-label="Ask the assistant"
        title="Ask the assistant"
        className="inline-flex h-10 items-center gap-1.5 rounded-full px-2.5 text-sm text-stone-800 hover:bg-stone-100 dark:text-stone-100 dark:hover:bg-stone-800"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
          <path d="M4 5h16v11H9l-5 4z" />
          <path d="M8 9.5h8M8 12.5h5" />
        </svg>
        <span aria-hidden="true" className="hidden sm:inline xl:hidden">
          Ask
        </span>
      </a>
      {mounted ? (
        <Suspense fallback={null}>
          <ChatPanel open={open} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
