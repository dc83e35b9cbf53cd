// Server-only: the basis of the cart's money (destination, zone rates, gift card, tax mode) for the root loader and the checkout page.
export { cartMoneyBasis } from "../../server/cart/totals";
