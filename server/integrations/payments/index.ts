// Picks the payment provider once at boot: Stripe when a key is set, local test mode otherwise.
import type { Env } from "../../env";
import type { Logger } from "../../log";
import { createLocalPayments } from "./local-payments";
import type { Payments } from "./payments";
import { createStripePayments } from "./stripe-payments";

export type { ParsedWebhook, Payments, PaymentEvent, PaymentSession, RefundRequest, RefundResult } from "./payments";
export { MINIMUM_CHARGE_CENTS } from "./payments";
export { isLocalPayments, type LocalPayments } from "./local-payments";

type PaymentsEnv = Pick<
  Env,
  | "isProduction"
  | "PUBLIC_URL"
  | "STRIPE_SECRET_KEY"
  | "STRIPE_WEBHOOK_SECRET"
  | "STRIPE_API_BASE"
  | "STRIPE_SHIPPING_COUNTRIES"
  | "STRIPE_TIMEOUT_MS"
  | "STRIPE_MAX_NETWORK_RETRIES"
  | "STRIPE_TAX"
>;

/** Built once a process at boot and passed to whoever needs it (the web app, the job worker). */
export function createPayments(env: PaymentsEnv, log?: Logger): Payments {
  if (env.STRIPE_SECRET_KEY) {
    if (!env.STRIPE_WEBHOOK_SECRET) log?.warn("STRIPE_WEBHOOK_SECRET is not set: events from Stripe will fail verification until it is");
    return createStripePayments({
      secretKey: env.STRIPE_SECRET_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? "",
      apiBase: env.STRIPE_API_BASE,
      timeoutMs: env.STRIPE_TIMEOUT_MS,
      maxNetworkRetries: env.STRIPE_MAX_NETWORK_RETRIES,
      shippingCountries: env.STRIPE_SHIPPING_COUNTRIES,
      publicUrl: env.PUBLIC_URL,
      automaticTax: env.STRIPE_TAX === "on",
    });
  }
  // loadEnv already refuses this; the check stays here so no other path can take no money in production.
  if (env.isProduction) throw new Error("STRIPE_SECRET_KEY must be set in production: local test payments take no money");
  log?.info("payments: local test mode (no STRIPE_SECRET_KEY); checkout opens /checkout/local-payment/:id");
  if (env.STRIPE_TAX === "on") log?.warn("STRIPE_TAX=on has no effect in local test mode: prices include any taxes");
  // loadEnv makes this secret in the data folder outside production, so every process shares it.
  if (!env.STRIPE_WEBHOOK_SECRET) throw new Error("local test payments need STRIPE_WEBHOOK_SECRET (loadEnv makes one outside production)");
  return createLocalPayments({ webhookSecret: env.STRIPE_WEBHOOK_SECRET, publicUrl: env.PUBLIC_URL });
}
