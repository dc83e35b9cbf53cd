// How much of an order a gift card pays: one rule for the hold (server/giftcards/holds.ts), the cart
// and the checkout page, which shows it before anything is held.

/**
 * All of what the card can still pay, up to the order total. When the card pays only part, the
 * rest goes to the payment provider, which refuses charges below its minimum (Stripe: 50 cents
 * in USD); then the card pays a little less, so the rest is exactly the minimum.
 */
export function giftCardCoverage(availableCents: number, orderTotalCents: number, minimumChargeCents = 0): number {
  const covered = Math.max(0, Math.min(availableCents, orderTotalCents));
  if (covered === orderTotalCents || orderTotalCents - covered >= minimumChargeCents) return covered;
  return Math.max(0, orderTotalCents - minimumChargeCents);
}

export type GiftCardPartRule = {
  /** items plus shipping, before tax */
  orderTotalCents: number;
  /** the most the card pays when the provider charges the rest: Stripe's coupons take off the items, never the shipping */
  partCapCents?: number | undefined;
  /** false when the provider must see a payment anyway (Stripe Tax works the tax out on its page) */
  mayPayAll?: boolean | undefined;
};

/** What the card pays of an order with shipping: all of it when it can and may, else a part the provider can charge the rest of. */
export function giftCardPart(availableCents: number, rule: GiftCardPartRule, minimumChargeCents = 0): number {
  const covered = giftCardCoverage(availableCents, rule.orderTotalCents, minimumChargeCents);
  if ((rule.mayPayAll ?? true) && covered === rule.orderTotalCents) return covered;
  return Math.max(0, Math.min(covered, rule.partCapCents ?? covered, rule.orderTotalCents - minimumChargeCents));
}
