// Picks the payment provider once at boot: Stripe when a key is set, local test mode otherwise.
import { developmentSecret, type Env } from "../../env";
import type { Logger } from "../../log";
import { createLocalPayments } from "./local-payments";
import type { Payments } from "./payments";
import { createStripePayments } from "./stripe-payments";

export type { ParsedWebhook, Payments, PaymentEvent, PaymentSession } from "./payments";
export { MINIMUM_CHARGE_CENTS } from "./payments";
export { isLocalPayments, type LocalPayments } from "./local-payments";

type PaymentsEnv = Pick<
  Env,
  | "isProduction"
  | "DATA_DIR"
  | "PUBLIC_URL"
  | "STRIPE_SECRET_KEY"
  | "STRIPE_WEBHOOK_SECRET"
  | "STRIPE_API_BASE"
  | "STRIPE_SHIPPING_COUNTRIES"
  | "STRIPE_TIMEOUT_MS"
  | "STRIPE_MAX_NETWORK_RETRIES"
>;

export function createPayments(env: PaymentsEnv, log?: Logger): Payments {
  const webhookSecret = () => env.STRIPE_WEBHOOK_SECRET ?? `whsec_${developmentSecret(env.DATA_DIR, "stripe-webhook-secret")}`;
  if (env.STRIPE_SECRET_KEY) {
    if (!env.STRIPE_WEBHOOK_SECRET) log?.warn("STRIPE_WEBHOOK_SECRET is not set: events from Stripe will fail verification until it is");
    return createStripePayments({
      secretKey: env.STRIPE_SECRET_KEY,
      webhookSecret: webhookSecret(),
      apiBase: env.STRIPE_API_BASE,
      timeoutMs: env.STRIPE_TIMEOUT_MS,
      maxNetworkRetries: env.STRIPE_MAX_NETWORK_RETRIES,
      shippingCountries: env.STRIPE_SHIPPING_COUNTRIES,
      publicUrl: env.PUBLIC_URL,
    });
  }
  // loadEnv already refuses this; the check stays here so no other path can take no money in production.
  if (env.isProduction) throw new Error("STRIPE_SECRET_KEY must be set in production: local test payments take no money");
  log?.info("payments: local test mode (no STRIPE_SECRET_KEY); checkout opens /checkout/test/:id");
  return createLocalPayments({ webhookSecret: webhookSecret() });
}
