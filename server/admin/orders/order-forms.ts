// The order page's forms, one schema per intent: a step, the shipment, a refund. Amounts are typed
// in dollars and become cents here.
import { z } from "zod";
import { optionalText, requiredText } from "../../forms/fields";
import { dollarsToCents } from "../../giftcards/purchase-input";

const moveForm = z.object({
  intent: z.literal("move"),
  to: z.enum(["in_production", "delivered", "cancelled"], { error: "Choose a step." }),
});

const shipForm = z.object({
  intent: z.literal("ship"),
  carrier: requiredText({ required: "Please name the carrier.", max: 60, tooLong: "A carrier's name is at most 60 characters." }),
  trackingNumber: requiredText({ required: "Please enter the tracking number.", max: 40, tooLong: "A tracking number is at most 40 characters." }),
  trackingUrl: optionalText({ max: 500 }).transform((v) => v || undefined),
});

const refundForm = z.object({
  intent: z.literal("refund"),
  amount: z
    .string({ error: "Please enter the amount to refund." })
    .transform(dollarsToCents)
    .pipe(z.number({ error: "Enter the amount in dollars, such as 25 or 25.50." }).positive("A refund is more than zero.")),
  idempotencyKey: z.string().min(16).max(100),
});

export type OrderForm = z.output<typeof moveForm> | z.output<typeof shipForm> | z.output<typeof refundForm>;

/** The schema for what was posted, by its `intent` button. */
export function orderFormSchema(form: FormData) {
  const intent = form.get("intent");
  if (intent === "ship") return shipForm;
  if (intent === "refund") return refundForm;
  return moveForm;
}

/**
 * The refund form's idempotency key: the same for every showing of the page until a refund is
 * settled, so a double click, a resend after the provider did not answer, and a second tab asking
 * the same all name one refund; once it succeeded or failed, the next form gets the next key.
 */
export function refundFormKey(number: string, settledRefunds: number): string {
  return `${number}/refund/${settledRefunds}`;
}
