// What the owner sends to change a gift card, in cents: the procedures take these as they are, and
// the pages' forms (gift-card-forms.ts) turn typed dollars into them.
import { z } from "zod";
import { emailField, optionalText, requiredText } from "../../forms/fields";
import { GIFT_CARD_MAX_CENTS, GIFT_CARD_MESSAGE_MAX } from "../../giftcards/purchase-input";
import { giftCardIdField } from "./gift-card-list";

export const reasonField = requiredText({ required: "Say why, for the audit log and the card's history.", max: 200, tooLong: "Keep the reason under 200 characters." });
const cents = (message: string) => z.number({ error: message }).int({ error: message });

export const storeCreditCents = cents("Enter the amount in dollars, such as 25 or 25.50.").positive("Store credit is more than zero.").max(GIFT_CARD_MAX_CENTS, "Store credit is at most $1,000.00 a card.");
export const adjustmentCents = cents("Enter the amount in dollars, such as 5 or 5.25.")
  .positive("An adjustment is more than zero.")
  .max(GIFT_CARD_MAX_CENTS, "An adjustment is at most $1,000.00.");

export const issueStoreCreditSchema = z.object({
  amountCents: storeCreditCents,
  recipientName: requiredText({ required: "Enter the recipient's name.", max: 100, tooLong: "Keep the name under 100 characters." }),
  recipientEmail: emailField,
  message: optionalText({ max: GIFT_CARD_MESSAGE_MAX, tooLong: `Keep the message under ${GIFT_CARD_MESSAGE_MAX} characters.`, oneLine: false }),
  reason: reasonField,
});

export const adjustGiftCardSchema = z.object({
  id: giftCardIdField,
  /** signed: more than zero adds to the balance, less takes off */
  deltaCents: cents("Enter the amount in dollars, such as 5 or 5.25.")
    .refine((v) => v !== 0, "An adjustment is more than zero.")
    .refine((v) => Math.abs(v) <= GIFT_CARD_MAX_CENTS, "An adjustment is at most $1,000.00."),
  reason: reasonField,
});

export const giftCardIdInput = z.object({ id: giftCardIdField });
