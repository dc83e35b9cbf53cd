// What the checkout page shows before anything is held: the cart, the applied gift card and what
// it would pay, by the same rule the hold will apply. The hold itself may come out lower if
// another checkout spends the card first; the payment page always shows the amount held.
import type { DbOrTx } from "../../db/client";
import { giftCardCoverage } from "../../app/shared/gift-card-coverage";
import { getCart, type CartView } from "../cart/cart";
import { appliedGiftCard, type AppliedGiftCard } from "../giftcards/applied-card";
import { MINIMUM_CHARGE_CENTS } from "../integrations/payments/index";

export type CheckoutPreview = {
  cart: CartView;
  giftCard: (AppliedGiftCard & { coversCents: number }) | null;
  totalCents: number;
  /** no payment page: the shopper gives the shipping address here and the order is placed at once */
  paidInFullByGiftCard: boolean;
};

export async function getCheckoutPreview(db: DbOrTx, sessionId: string | undefined): Promise<CheckoutPreview> {
  const cart = await getCart(db, sessionId);
  const applied = await appliedGiftCard(db, sessionId);
  const coversCents = applied?.usable ? giftCardCoverage(applied.availableCents, cart.subtotalCents, MINIMUM_CHARGE_CENTS) : 0;
  return {
    cart,
    giftCard: applied ? { ...applied, coversCents } : null,
    totalCents: cart.subtotalCents - coversCents,
    paidInFullByGiftCard: coversCents > 0 && coversCents === cart.subtotalCents,
  };
}
