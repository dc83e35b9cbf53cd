// What the checkout page shows before anything is held: the cart, the shipping to the chosen
// country, the applied gift card and what it would pay, by the rules checkout charges with
// (app/shared/cart-money.ts). The hold may come out lower if another checkout spends the card
// first; the payment page always shows the amount held.
import type { DbOrTx } from "../../db/client";
import { cartMoney, type CartMoney, type CartMoneyBasis } from "../../app/shared/cart-money";
import { getCart, type CartView } from "../cart/cart";
import { cartMoneyBasis, type CartMoneyEnv } from "../cart/totals";
import { amountLines, type AmountLine } from "../orders/amounts";

export type CheckoutPreview = {
  cart: CartView;
  basis: CartMoneyBasis;
  money: CartMoney;
  /** items, shipping, taxes, the gift card, to pay; tax shown as included unless Stripe Tax adds it on the payment page */
  amounts: AmountLine[];
};

export async function getCheckoutPreview(
  db: DbOrTx,
  sessionId: string | undefined,
  deps: { env: CartMoneyEnv; taxesAdded: boolean },
): Promise<CheckoutPreview> {
  const [cart, basis] = await Promise.all([getCart(db, sessionId), cartMoneyBasis(db, sessionId, deps)]);
  const money = cartMoney(basis, cart);
  const amounts = amountLines(
    {
      subtotalCents: money.itemsCents,
      shippingCents: money.shippingCents ?? 0,
      taxCents: null,
      discountCents: money.giftCardCents,
      giftCardLast4: basis.giftCard?.last4 ?? null,
      totalCents: money.totalCents,
      currency: "usd",
    },
    { totalLabel: basis.taxesAdded ? "To pay before tax" : "To pay" },
  ).map((line) => (line.kind === "tax" && basis.taxesAdded ? { ...line, label: "Tax", text: "Added on the payment page" } : line));
  return { cart, basis, money, amounts };
}
