// The newsletter signup: a plain form posting to /newsletter without JavaScript, a fetcher with it,
// so the shopper stays on the page and sees the thanks where the form was.
import { useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useId, useRef } from "react";
import type { SignupSource } from "../../../server/newsletter/subscribe";
import type { action } from "~/routes/newsletter";

export function NewsletterForm({ source, onSubscribed }: { source: SignupSource; onSubscribed?: () => void }) {
  const fetcher = useFetcher<typeof action>({ key: `newsletter-${source}` });
  const location = useLocation();
  const inputId = useId();
  const errorId = useId();
  const thanks = useRef<HTMLParagraphElement>(null);
  const subscribed = fetcher.data !== undefined && "subscribed" in fetcher.data;
  const error = fetcher.data !== undefined && "error" in fetcher.data ? fetcher.data.error : null;
  const submitting = fetcher.state !== "idle";

  useEffect(() => {
    if (!subscribed) return;
    // The form and its focused button are gone; the thanks takes the focus so it is read out.
    thanks.current?.focus();
    onSubscribed?.();
  }, [subscribed, onSubscribed]);

  if (subscribed) {
    return (
      <p ref={thanks} tabIndex={-1} role="status" className="font-medium text-stone-900 focus:outline-none dark:text-stone-100">
        Thank you — you are on the list.
      </p>
    );
  }

  return (
    <fetcher.Form method="post" action="/newsletter" data-newsletter-form="" className="flex flex-col gap-2">
      <input type="hidden" name="source" value={source} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <label htmlFor={inputId} className="text-sm font-medium text-stone-800 dark:text-stone-200">
        E-mail address
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={inputId}
          type="email"
          name="email"
          autoComplete="email"
          required
          maxLength={254}
          placeholder="you@example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="h-11 min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 text-stone-900 placeholder:text-stone-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 dark:border-stone-500 dark:bg-stone-950 dark:text-stone-100 dark:placeholder:text-stone-400 dark:focus-visible:outline-stone-100"
        />
        <button
          type="submit"
          disabled={submitting}
          className="h-11 rounded-md bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white dark:focus-visible:outline-stone-100"
        >
          {submitting ? "Subscribing…" : "Subscribe"}
        </button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </fetcher.Form>
  );
}
