// The cart's gift card: a code field with Apply, or the applied card (last four characters and what
// it pays of this cart) with Remove. Plain forms posting to /cart, so they work without JavaScript.
import { Form, useNavigation } from "@remix-run/react";
import { useId } from "react";
import type { AppliedGiftCard } from "../../../server/giftcards/applied-card";
import { formatMoney } from "~/shared/money";
import { GiftCardCodeInput } from "../gift-cards/gift-card-code-input";

const button =
  "h-11 rounded-md border border-stone-400 px-5 font-medium hover:bg-stone-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60 dark:border-stone-500 dark:hover:bg-stone-800";

export function GiftCardCodeForm({ applied, coversCents, error }: { applied: AppliedGiftCard | null; coversCents: number; error: string | null }) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formAction === "/cart";
  const inputId = useId();
  const errorId = useId();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mt-8 rounded border border-stone-200 p-4 dark:border-stone-700">
      <h2 id={headingId} className="font-semibold">
        Gift card
      </h2>
      {applied ? (
        <Form method="post" action="/cart" className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <p role="status">
            Card ending in <strong className="font-mono">{applied.last4}</strong>
            {!applied.usable
              ? " can no longer be used. Remove it to check out."
              : coversCents > 0
                ? `: pays ${formatMoney(coversCents)} of this order.`
                : " has nothing left to spend right now."}
          </p>
          <input type="hidden" name="intent" value="removeGiftCard" />
          <button type="submit" disabled={busy} className={button}>
            Remove gift card
          </button>
        </Form>
      ) : (
        <Form method="post" action="/cart" className="mt-2 flex flex-col gap-2">
          <label htmlFor={inputId}>Gift card code</label>
          <div className="flex flex-wrap gap-2">
            <GiftCardCodeInput id={inputId} invalid={Boolean(error)} describedBy={error ? errorId : undefined} className="min-w-0 flex-1" />
            <input type="hidden" name="intent" value="applyGiftCard" />
            <button type="submit" disabled={busy} className={button}>
              {busy ? "Applying…" : "Apply"}
            </button>
          </div>
          {error ? (
            <p id={errorId} role="alert" className="text-sm text-red-800 dark:text-red-300">
              {error}
            </p>
          ) : null}
        </Form>
      )}
    </section>
  );
}
