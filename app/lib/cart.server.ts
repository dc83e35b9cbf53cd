// Server-only cart code for routes. The Remix compiler empties `.server` modules under app/ in the
// browser build; imported directly, server/ modules drag zod and Drizzle into the page's JavaScript.
export { submitCartForm } from "../../server/cart/cart-form";
export { getCart } from "../../server/cart/cart";
export { appliedGiftCard } from "../../server/giftcards/applied-card";
export { MINIMUM_CHARGE_CENTS } from "../../server/integrations/payments/index";
