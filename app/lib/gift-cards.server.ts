// Server-only gift card code for routes, behind a `.server` module so the browser build gets an
// empty module instead of zod schemas, Drizzle tables and node:crypto (see cart.server.ts).
export { checkGiftCardForClient } from "../../server/giftcards/balance";
export { createGiftCardCheckout } from "../../server/checkout/gift-card-purchase";
export { parsePurchaseForm } from "../../server/giftcards/purchase-form";
export { GIFT_CARD_MAX_CENTS, GIFT_CARD_MESSAGE_MAX, GIFT_CARD_MIN_CENTS, GIFT_CARD_PRESET_CENTS } from "../../server/giftcards/purchase-input";
export { DomainError, httpStatusOf } from "../../server/errors";
