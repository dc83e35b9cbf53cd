// Server-only cart code for the cart routes (decision 015: one `.server` module per domain, which the
// Remix compiler empties in the browser build).
export { applyCartFormChange, cartFormSchema } from "../../server/cart/cart-form";
export { appliedGiftCard } from "../../server/giftcards/applied-card";
export { MINIMUM_CHARGE_CENTS } from "../../server/integrations/payments/index";
export { putBackFormSchema, putBackLines } from "../../server/cart/put-back";
