// Server-only code for the Stripe webhook route (decision 015).
export { receiveStripeWebhook } from "../../server/webhooks/receive-stripe-webhook";
export { DATABASE_RETRY_AFTER_SECONDS } from "../../server/errors";
