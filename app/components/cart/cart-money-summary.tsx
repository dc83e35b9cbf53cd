// The cart's money, as the cart page and the drawer show it: items, the shipping estimate to the
// chosen country, the gift card's part and the total, worked out from the live cart by the rules
// checkout charges with (app/shared/cart-money.ts), and what the price says about taxes.
import type { CartMoneyBasis } from "~/shared/cart-money";
import { cartMoney, taxNote } from "~/shared/cart-money";
import { countryName } from "~/shared/country-name";
import { formatMoney } from "~/shared/money";
import type { CartView } from "~/lib/cart-context";
import { ShippingCountryForm } from "./shipping-country-form";

export function CartMoneySummary({ basis, cart, size = "page" }: { basis: CartMoneyBasis; cart: CartView; size?: "page" | "drawer" }) {
  const money = cartMoney(basis, cart);
  const where = countryName(basis.country);
  return (
    <div className="flex flex-col items-stretch gap-2" data-testid="cart-money">
      <ShippingCountryForm country={basis.country} countries={basis.countries} />
      <dl className={`grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-right ${size === "drawer" ? "text-sm" : ""}`}>
        <dt>Items</dt>
        <dd className="tabular-nums">{formatMoney(money.itemsCents)}</dd>
        <dt>Shipping to {where} (estimate)</dt>
        <dd className="tabular-nums" data-testid="shipping-estimate">
          {money.shippingCents === null ? "Not available" : money.shippingCents === 0 ? "Free" : formatMoney(money.shippingCents)}
        </dd>
        {money.giftCardCents > 0 && basis.giftCard ? (
          <>
            <dt>Gift card ending in {basis.giftCard.last4}</dt>
            <dd className="tabular-nums">−{formatMoney(money.giftCardCents)}</dd>
          </>
        ) : null}
        <dt className="text-base font-semibold">Estimated total</dt>
        <dd className="text-base font-semibold tabular-nums">{formatMoney(money.totalCents)}</dd>
      </dl>
      <p className="text-right text-sm text-stone-600 dark:text-stone-400">
        {money.shippingCents === null
          ? `Sorry, we do not ship to ${where}. `
          : money.shortOfFreeShippingCents !== null && money.shortOfFreeShippingCents > 0
            ? `Add ${formatMoney(money.shortOfFreeShippingCents)} more for free shipping to ${where}. `
            : null}
        {taxNote(basis.taxesAdded)} The exact shipping is shown at checkout.
      </p>
    </div>
  );
}
