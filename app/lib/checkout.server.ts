// Server-only checkout code for the checkout, local payment and success routes (decision 015).
export { checkoutFormSchemaFor } from "../../server/checkout/checkout-form";
export { getCheckoutOutcome } from "../../server/checkout/checkout-outcome";
export { getCheckoutPreview } from "../../server/checkout/checkout-preview";
export { createCheckout } from "../../server/checkout/create-checkout";
export { finishLocalTestCheckout, getLocalTestCheckout, localTestActionSchemaFor } from "../../server/checkout/local-test-checkout";
export { toResponse } from "../../server/errors";
