// Payments through Stripe Checkout with the official SDK. Every call has a timeout and a bounded
// number of retries (finding 28); retries reuse our idempotency key, so they never double anything.
import Stripe from "stripe";
import { checkoutSessionEventTypes, type CheckoutSessionRequest, type Payments } from "./payments";
import { toPaymentEvent, verifySignedEvent } from "./stripe-events";

export type StripeConfig = {
  secretKey: string;
  webhookSecret: string;
  /** another host for the API (stripe-mock, or a test's local server) */
  apiBase?: string;
  timeoutMs: number;
  maxNetworkRetries: number;
  shippingCountries: string[];
  publicUrl: string;
  /** Stripe Tax on every session (STRIPE_TAX=on) */
  automaticTax?: boolean;
};

/** Pinned so the objects we parse keep one shape whatever the account's default version is. */
const API_VERSION = "2025-08-27.basil" as const;

const eventTypesWeApply = [...checkoutSessionEventTypes, "charge.refunded"];

function clientFor(config: StripeConfig): Stripe {
  const base = config.apiBase ? new URL(config.apiBase) : undefined;
  const protocol = base?.protocol === "http:" ? "http" : "https";
  return new Stripe(config.secretKey, {
    apiVersion: API_VERSION,
    timeout: config.timeoutMs,
    maxNetworkRetries: config.maxNetworkRetries,
    telemetry: false,
    appInfo: { name: "Printroom" },
    ...(base ? { host: base.hostname, port: base.port || (protocol === "http" ? 80 : 443), protocol } : {}),
  });
}

type AllowedCountry = Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry;

type SessionParams = Stripe.Checkout.SessionCreateParams;

/** The rate was worked out for one destination, so the address is collected in that country only. */
function shippingParams(request: CheckoutSessionRequest, shippingCountries: string[]): Pick<SessionParams, "shipping_address_collection" | "shipping_options"> {
  if (request.collectShipping === false) return {};
  if (!request.shipping) return { shipping_address_collection: { allowed_countries: shippingCountries as AllowedCountry[] } };
  const { amountCents, label, country } = request.shipping;
  return {
    shipping_address_collection: { allowed_countries: [country as AllowedCountry] },
    shipping_options: [{ shipping_rate_data: { type: "fixed_amount", display_name: label, fixed_amount: { amount: amountCents, currency: request.currency } } }],
  };
}

export function createStripePayments(config: StripeConfig): Payments {
  const stripe = clientFor(config);

  async function discountsFor(request: CheckoutSessionRequest): Promise<Stripe.Checkout.SessionCreateParams.Discount[] | undefined> {
    if (!request.discount || request.discount.amountOffCents <= 0) return undefined;
    const coupon = await stripe.coupons.create(
      { amount_off: request.discount.amountOffCents, currency: request.currency, duration: "once", max_redemptions: 1, name: request.discount.label },
      { idempotencyKey: `${request.idempotencyKey}:coupon` },
    );
    return [{ coupon: coupon.id }];
  }

  return {
    mode: "stripe",
    livemode: /^(sk|rk)_live_/.test(config.secretKey),
    automaticTax: config.automaticTax ?? false,

    async createCheckoutSession(request) {
      const session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          line_items: request.lines.map((line) => ({
            quantity: line.quantity,
            price_data: {
              currency: request.currency,
              unit_amount: line.unitPriceCents,
              // Stripe refuses an empty description, so a line without one sends none.
              product_data: { name: line.title, ...(line.description ? { description: line.description } : {}) },
            },
          })),
          discounts: await discountsFor(request),
          customer_email: request.email,
          ...shippingParams(request, config.shippingCountries),
          // Tax on what ships; a gift card is not taxed when bought, only what it pays for.
          ...(config.automaticTax && request.shipping ? { automatic_tax: { enabled: true } } : {}),
          client_reference_id: request.checkoutId,
          metadata: { checkout_id: request.checkoutId },
          payment_intent_data: { metadata: { checkout_id: request.checkoutId } },
          expires_at: Math.floor(request.expiresAt.getTime() / 1000),
          success_url: `${config.publicUrl}${request.returnPaths.successPath}`,
          cancel_url: `${config.publicUrl}${request.returnPaths.cancelPath}`,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
      return { id: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000) };
    },

    async expireCheckoutSession(sessionId) {
      try {
        await stripe.checkout.sessions.expire(sessionId);
        return true;
      } catch (error) {
        // Stripe refuses to expire a session that is no longer open; whether it was paid decides.
        if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
        return (await stripe.checkout.sessions.retrieve(sessionId)).status === "expired";
      }
    },

    async refund(request) {
      try {
        const refund = await stripe.refunds.create(
          { payment_intent: request.paymentIntentId, amount: request.amountCents },
          { idempotencyKey: request.idempotencyKey },
        );
        if (refund.status === "failed" || refund.status === "canceled") return { ok: false, reason: `Stripe ${refund.status === "failed" ? "could not make" : "cancelled"} the refund.` };
        return { ok: true, refundId: refund.id };
      } catch (error) {
        // Stripe checked the request and refused it (more than is left, a disputed charge): nothing was
        // refunded. Any other error leaves the outcome unknown, so it is thrown for a retry with the same key.
        if (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeCardError) return { ok: false, reason: error.message };
        throw error;
      }
    },

    parseWebhook(payload, signature) {
      return verifySignedEvent(payload, signature, config.webhookSecret);
    },

    async listRecentEvents(since) {
      const events = await stripe.events
        .list({ created: { gte: Math.floor(since.getTime() / 1000) }, types: eventTypesWeApply, limit: 100 })
        .autoPagingToArray({ limit: 10_000 });
      // Stripe lists newest first; applying oldest first keeps completion before a later refund.
      return events.reverse().map((event) => toPaymentEvent(event));
    },
  };
}
