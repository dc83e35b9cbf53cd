// The newsletter invitation: offered at most once a visit, after a while or some scrolling, and never
// again once closed or answered (a cookie remembers it). A native modal <dialog>: Esc closes it and
// focus stays inside while it is open. After a signup it says thanks, then closes by itself.
import { useLocation } from "@remix-run/react";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { NewsletterForm } from "./newsletter-form";

export const POPUP_COOKIE = "pr_newsletter_popup";
const SHOW_AFTER_MS = 30_000;
/** Scrolling far down counts as interest only once the shopper has been on the page a little while. */
const SCROLL_TRIGGER = { fraction: 0.5, afterMs: 8_000 };
const ONE_YEAR_S = 365 * 24 * 60 * 60;
/** Long enough to read the thanks (it is also announced), short enough not to be in the way. */
const CLOSE_AFTER_THANKS_MS = 4_000;
/** Pages where an interruption would cost a sale, a message or a gesture half done (the wall editor, the assistant). */
const QUIET_PATHS = ["/cart", "/checkout", "/newsletter", "/contact", "/wall", "/assistant"];

const alreadyAnswered = () => document.cookie.split(";").some((c) => c.trim().startsWith(`${POPUP_COOKIE}=`));

function rememberAnswered() {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${POPUP_COOKIE}=done; Max-Age=${ONE_YEAR_S}; Path=/; SameSite=Lax${secure}`;
}

/** A signup form already on screen (the footer, the home page) is the invitation; no popup on top. */
function signupFormOnScreen(): boolean {
  return [...document.querySelectorAll("[data-newsletter-form]")].some((form) => {
    const box = form.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

export function NewsletterPopup() {
  const dialog = useRef<HTMLDialogElement>(null);
  // Settled once it has been shown or passed over: at most one chance per visit.
  const [settled, setSettled] = useState(false);
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const quiet = QUIET_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    if (settled || quiet || alreadyAnswered()) return;
    const arrivedAt = Date.now();
    const show = () => {
      const element = dialog.current;
      // Never on top of another dialog or while the shopper is typing; the next trigger tries again.
      if (!element || element.open || document.querySelector("dialog[open]") || document.activeElement?.closest("form")) return;
      setSettled(true);
      if (signupFormOnScreen()) return;
      element.showModal();
      setOpen(true);
    };
    const timer = window.setTimeout(show, SHOW_AFTER_MS);
    const onScroll = () => {
      const scrollable = document.documentElement.scrollHeight - window.innerHeight;
      if (Date.now() - arrivedAt >= SCROLL_TRIGGER.afterMs && scrollable > 0 && window.scrollY / scrollable >= SCROLL_TRIGGER.fraction) show();
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("scroll", onScroll);
    };
  }, [settled, quiet]);

  const close = () => dialog.current?.close();
  const onSubscribed = useCallback(() => {
    rememberAnswered();
    window.setTimeout(() => dialog.current?.close(), CLOSE_AFTER_THANKS_MS);
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={textId}
      onClose={() => {
        rememberAnswered();
        setOpen(false);
      }}
      className="w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-0 text-stone-900 shadow-2xl backdrop:bg-black/50 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="relative p-6">
        <button
          type="button"
          onClick={close}
          aria-label="Close newsletter invitation"
          className="absolute right-3 top-3 inline-flex h-10 w-10 items-center justify-center rounded-full hover:bg-stone-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-stone-900 dark:hover:bg-stone-800 dark:focus-visible:outline-stone-100"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
        <h2 id={titleId} className="pr-10 font-serif text-2xl">
          Letters from the studio
        </h2>
        <p id={textId} className="mt-2 text-stone-700 dark:text-stone-300">
          New prints and the stories behind them, a few times a year. No spam, and you can leave at any time.
        </p>
        <div className="mt-4">{open ? <NewsletterForm source="popup" onSubscribed={onSubscribed} /> : null}</div>
        <button type="button" onClick={close} className="mt-4 text-sm underline underline-offset-2 focus-visible:outline focus-visible:outline-2">
          No thanks
        </button>
      </div>
    </dialog>
  );
}
