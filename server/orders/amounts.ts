// The amount lines of an order, written once for every place that shows them (the thank-you page,
// the order and tracking pages, the confirmation mail): items, shipping, tax, the gift card's part
// by its last four, and what was paid. Each line carries its text already formatted, so a page and
// a mail cannot word or round the same amount differently; `cents` is signed (the gift card's part
// is negative) for anyone who needs the number.
import { formatMoney } from "../../app/shared/money";

/** What an order (or a checkout about to become one) says about its money, all integer cents. */
export type OrderAmounts = {
  subtotalCents: number;
  shippingCents: number;
  /** null: taxes were not charged on top (Stripe Tax off), so the prices include any taxes */
  taxCents: number | null;
  /** the gift card's part */
  discountCents: number;
  giftCardLast4: string | null;
  totalCents: number;
  currency: string;
};

export type AmountLineKind = "items" | "shipping" | "tax" | "gift_card" | "paid";
export type AmountLine = { kind: AmountLineKind; label: string; cents: number; text: string };

/** Said wherever prices are shown when no tax is added at checkout. */
export const TAXES_INCLUDED_NOTE = "Prices include any taxes.";

export function giftCardLabel(last4: string | null): string {
  return last4 ? `Gift card ending in ${last4}` : "Gift card";
}

export function amountLines(amounts: OrderAmounts, options: { totalLabel?: string } = {}): AmountLine[] {
  const money = (cents: number) => formatMoney(cents, amounts.currency);
  const lines: AmountLine[] = [
    { kind: "items", label: "Items", cents: amounts.subtotalCents, text: money(amounts.subtotalCents) },
    {
      kind: "shipping",
      label: "Shipping",
      cents: amounts.shippingCents,
      text: amounts.shippingCents === 0 ? "Free" : money(amounts.shippingCents),
    },
    amounts.taxCents === null
      ? { kind: "tax", label: "Taxes", cents: 0, text: "Included in prices" }
      : { kind: "tax", label: "Tax", cents: amounts.taxCents, text: money(amounts.taxCents) },
  ];
  if (amounts.discountCents > 0) {
    lines.push({ kind: "gift_card", label: giftCardLabel(amounts.giftCardLast4), cents: -amounts.discountCents, text: `−${money(amounts.discountCents)}` });
  }
  lines.push({ kind: "paid", label: options.totalLabel ?? "Paid", cents: amounts.totalCents, text: money(amounts.totalCents) });
  return lines;
}
