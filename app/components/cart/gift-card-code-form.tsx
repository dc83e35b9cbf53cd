// The cart's gift card: a code field with Apply, or the applied card (last four characters and what
// it pays of this cart) with Remove. Plain forms posting to /cart, so they work without JavaScript.
import { Form, useNavigation } from "@remix-run/react";
import { useId } from "react";
type AppliedGiftCard = { last4: string; usable: boolean; availableCents: number };
import { formatMoney } from "~/shared/money";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormErrors, useFieldProblem } from "~/components/ui/form-errors";
import { GiftCardCodeInput } from "../gift-cards/gift-card-code-input";

/**
 * `typed` is the refused code, put back in the field so a typo is corrected, not retyped. The cart,
 * the drawer and the checkout page use it, all posting to /cart (one service, one rate limit);
 * `redirectTo` brings the shopper back to the page they applied it on.
 */
export function GiftCardCodeForm({
  applied,
  coversCents,
  error,
  typed,
  redirectTo,
  className = "mt-8",
}: {
  applied: AppliedGiftCard | null;
  coversCents: number;
  error: string | null;
  typed?: string | undefined;
  redirectTo?: string;
  className?: string;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formAction === "/cart";
  const headingId = useId();
  const refused = useFieldProblem("code", error, typed);
  return (
    <section aria-labelledby={headingId} className={`${className} rounded border border-stone-200 p-4 dark:border-stone-700`}>
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
          {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
          <Button variant="secondary" busy={busy}>
            Remove gift card
          </Button>
        </Form>
      ) : (
        <Form method="post" action="/cart" noValidate className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="intent" value="applyGiftCard" />
          {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
          <FormErrors failure={refused} />
          <Field label="Gift card code" error={error ?? undefined}>
            {(control) => (
              <div className="flex flex-wrap gap-2">
                <GiftCardCodeInput control={control} defaultValue={typed} className="w-auto min-w-0 flex-1" />
                <Button variant="secondary" busy={busy} busyLabel="Applying…">
                  Apply
                </Button>
              </div>
            )}
          </Field>
        </Form>
      )}
    </section>
  );
}
