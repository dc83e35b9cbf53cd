// The checkout and order services the checkout, test-payment and tracking routes call, behind a
// `.server` module so none of their module-level code reaches the browser bundle.
export { getCart } from "../../server/cart/cart";
export { getCheckoutOutcome, type CheckoutOutcome } from "../../server/checkout/checkout-outcome";
export { getCheckoutPreview } from "../../server/checkout/checkout-preview";
export { createCheckout } from "../../server/checkout/create-checkout";
export { finishLocalTestCheckout, getLocalTestCheckout, localTestActionSchema } from "../../server/checkout/local-test-checkout";
export { DomainError, httpStatusOf, toResponse } from "../../server/errors";
export { trackOrderForClient } from "../../server/orders/track-order";
export { receiveStripeWebhook } from "../../server/webhooks/receive-stripe-webhook";
