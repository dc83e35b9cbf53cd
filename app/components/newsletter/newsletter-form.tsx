// The newsletter signup: a plain form posting to /newsletter without JavaScript, a fetcher with it,
// so the shopper stays on the page and sees the thanks where the form was.
import { useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { SignupSource } from "../../../server/newsletter/subscribe";
import { Button } from "~/components/ui/button";
import { Field, inputClass } from "~/components/ui/field";
import type { FormFailure } from "~/shared/form-result";

/** What /newsletter answers a signup: the thanks, or the refusal, with where the shopper came from. */
export type SignupAnswer = { ok: true; backTo: string } | (FormFailure<"email" | "source" | "redirectTo"> & { backTo?: string });

/** `failure` is the page's own answer, when the form was posted without JavaScript. */
export function NewsletterForm({ source, onSubscribed, failure: posted }: { source: SignupSource; onSubscribed?: () => void; failure?: FormFailure<string> }) {
  const fetcher = useFetcher<SignupAnswer>({ key: `newsletter-${source}` });
  const location = useLocation();
  const thanks = useRef<HTMLParagraphElement>(null);
  const subscribed = fetcher.data?.ok === true;
  // Narrowed by hand rather than with formFailureOf: this form is on every page, each import counts.
  const failure = fetcher.data?.ok === false ? fetcher.data : posted;
  const error = failure ? (failure.fieldErrors.email ?? failure.formError ?? undefined) : undefined;
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
        Thank you — check your inbox: the link we sent confirms your subscription.
      </p>
    );
  }

  return (
    <fetcher.Form method="post" action="/newsletter" noValidate data-newsletter-form="">
      <input type="hidden" name="source" value={source} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <Field label="E-mail address" error={error}>
        {(control) => (
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="email"
              required
              maxLength={254}
              placeholder="you@example.com"
              defaultValue={failure?.values.email}
              className={`${inputClass} sm:min-w-0 sm:flex-1`}
            />
            <Button busy={submitting} busyLabel="Subscribing…">
              Subscribe
            </Button>
          </div>
        )}
      </Field>
    </fetcher.Form>
  );
}
