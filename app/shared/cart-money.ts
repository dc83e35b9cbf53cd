// What a cart will cost: items, shipping to the chosen destination, the gift card's part, the total
// before any tax. The cart and the drawer estimate with it from the live cart (so a changed quantity
// shows at once), the checkout page shows it exactly, and checkout charges by the same rules.
import { giftCardPart } from "./gift-card-coverage";
import { priceParcel, type ParcelItem, type ShippingZone } from "./shipping-price";

export type CartMoneyBasis = {
  /** the destination: the shopper's choice, or the shop's default */
  country: string;
  /** every country the shop ships to */
  countries: string[];
  /** the zone that lists `country`; null if none does */
  zone: ShippingZone | null;
  /** Stripe Tax adds tax on the payment page; otherwise prices include any taxes */
  taxesAdded: boolean;
  giftCard: { last4: string; usable: boolean; availableCents: number } | null;
  minimumChargeCents: number;
};

export type CartMoney = {
  itemsCents: number;
  /** null: the shop does not ship to the basis's country */
  shippingCents: number | null;
  giftCardCents: number;
  /** items + shipping − gift card, before any tax Stripe Tax adds */
  totalCents: number;
  /** how much more in items would ship free; null when already free or the zone never ships free */
  shortOfFreeShippingCents: number | null;
  paidInFullByGiftCard: boolean;
};

export function cartMoney(basis: CartMoneyBasis, cart: { lines: ParcelItem[]; subtotalCents: number }): CartMoney {
  const itemsCents = cart.subtotalCents;
  const shippingCents = basis.zone ? priceParcel(basis.zone, cart.lines, itemsCents) : null;
  const free = basis.zone?.freeShippingOverCents ?? null;
  const orderTotalCents = itemsCents + (shippingCents ?? 0);
  // A cart of free things alone has nothing for a card to pay.
  const giftCardCents =
    basis.giftCard?.usable && itemsCents > 0
      ? giftCardPart(basis.giftCard.availableCents, { orderTotalCents, partCapCents: itemsCents, mayPayAll: !basis.taxesAdded }, basis.minimumChargeCents)
      : 0;
  return {
    itemsCents,
    shippingCents,
    giftCardCents,
    totalCents: orderTotalCents - giftCardCents,
    shortOfFreeShippingCents: free !== null && shippingCents !== null && shippingCents > 0 ? Math.max(0, free - itemsCents) : null,
    paidInFullByGiftCard: giftCardCents > 0 && giftCardCents === orderTotalCents,
  };
}

/** What the prices say about taxes: Stripe Tax adds them on the payment page, or they are included. */
export function taxNote(taxesAdded: boolean): string {
  return taxesAdded ? "Tax, where it applies, is added on the payment page." : "Prices include any taxes.";
}
