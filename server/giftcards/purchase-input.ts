// What a gift card buyer fills in: parsed for the /gift-cards form and again when its checkout opens.
import { z } from "zod";
import { formatMoney } from "../../app/shared/money";
import { emailField, optionalText, requiredText } from "../forms/fields";

export const GIFT_CARD_PRESET_CENTS = [2500, 5000, 10000, 25000] as const;
export const GIFT_CARD_MIN_CENTS = 1000;
export const GIFT_CARD_MAX_CENTS = 100_000;
export const GIFT_CARD_MESSAGE_MAX = 500;
/** How far ahead a delivery can be scheduled. */
export const GIFT_CARD_MAX_DELIVERY_DAYS = 365;
/** A chosen date is delivered at 14:00 UTC: morning across the Americas, afternoon in Europe. */
const DELIVERY_HOUR_UTC = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

const amountMessage = `Choose an amount from ${formatMoney(GIFT_CARD_MIN_CENTS)} to ${formatMoney(GIFT_CARD_MAX_CENTS)}.`;

// One line: names go into mail subjects and greetings.
const name = (what: string) => requiredText({ required: `Enter ${what}.`, max: 100, tooLong: `Keep ${what} under 100 characters.` });

const utcDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

export const deliverOnSchema = z.iso
  .date({ error: "Enter the delivery date as a date, like 2026-12-24." })
  // A day of slack on the early side: "today" for a buyer west of UTC can be yesterday there.
  .refine((day) => Date.parse(day) >= utcDay(new Date()) - DAY_MS, { error: "The delivery date can't be in the past." })
  .refine((day) => Date.parse(day) <= utcDay(new Date()) + GIFT_CARD_MAX_DELIVERY_DAYS * DAY_MS, {
    error: `The delivery date can be at most ${GIFT_CARD_MAX_DELIVERY_DAYS} days ahead.`,
  });

export const giftCardPurchaseSchema = z.object({
  amountCents: z.number({ error: amountMessage }).int({ error: amountMessage }).min(GIFT_CARD_MIN_CENTS, { error: amountMessage }).max(GIFT_CARD_MAX_CENTS, { error: amountMessage }),
  recipientName: name("the recipient's name"),
  recipientEmail: emailField,
  senderName: name("your name as the recipient should see it"),
  message: optionalText({ max: GIFT_CARD_MESSAGE_MAX, tooLong: `Keep the message under ${GIFT_CARD_MESSAGE_MAX} characters.`, oneLine: false }),
  /** YYYY-MM-DD; absent: deliver as soon as the payment has gone through */
  deliverOn: deliverOnSchema.optional(),
  buyerEmail: emailField,
  subscribe: z.boolean().default(false),
});

export type GiftCardPurchaseInput = z.input<typeof giftCardPurchaseSchema>;
export type GiftCardPurchase = z.output<typeof giftCardPurchaseSchema>;

/** When the recipient's e-mail goes out; a time already past means at once. */
export function deliveryTime(deliverOn: string | undefined, now = new Date()): Date {
  if (!deliverOn) return now;
  const at = new Date(`${deliverOn}T${String(DELIVERY_HOUR_UTC).padStart(2, "0")}:00:00Z`);
  return at < now ? now : at;
}

/** "75", "75.5", "$75.50" → 7550; anything else → NaN, which the schema turns into its message. */
export function dollarsToCents(text: string): number {
  const match = /^\$?\s*(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}
