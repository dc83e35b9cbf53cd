// The gift card pages' forms, one schema per intent, each field checked here so its message shows
// beside it. Amounts are typed in dollars and become cents.
import { z } from "zod";
import { dollarsToCents } from "../../giftcards/purchase-input";
import { adjustmentCents, issueStoreCreditSchema, reasonField, storeCreditCents } from "./gift-card-inputs";

const dollars = (required: string, cents: z.ZodType<number, number>) => z.string({ error: required }).transform(dollarsToCents).pipe(cents);

export const issueStoreCreditForm = issueStoreCreditSchema.omit({ amountCents: true }).extend({ amount: dollars("Enter the amount of store credit.", storeCreditCents) });

const adjustForm = z.object({
  intent: z.literal("adjust"),
  direction: z.enum(["add", "remove"], { error: "Choose whether to add or take off." }),
  amount: dollars("Enter the amount to add or take off.", adjustmentCents),
  reason: reasonField,
});
const deactivateForm = z.object({ intent: z.literal("deactivate"), confirm: z.literal("yes", { error: "Tick the box to confirm: deactivation cannot be undone." }) });
const resendForm = z.object({ intent: z.literal("resend") });

export type GiftCardForm = z.output<typeof adjustForm> | z.output<typeof deactivateForm> | z.output<typeof resendForm>;

/** The schema for what was posted on a card's page, by its `intent` button. */
export function giftCardFormSchema(form: FormData) {
  const intent = form.get("intent");
  if (intent === "deactivate") return deactivateForm;
  if (intent === "resend") return resendForm;
  return adjustForm;
}
