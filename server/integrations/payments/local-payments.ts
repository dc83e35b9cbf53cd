// Local test mode: no Stripe account, no network. The "hosted page" is our own /checkout/local-payment/:id,
// which sends Stripe-shaped events signed exactly as Stripe signs them to the real webhook route; a
// refund sends the charge.refunded event Stripe would.
import Stripe from "stripe";
import { createHash, randomBytes } from "node:crypto";
import type { Payments, RefundRequest } from "./payments";
import { verifySignedEvent } from "./stripe-events";
import { stripeShapedEvent } from "./stripe-shaped-events";

export type LocalPayments = Payments & {
  readonly mode: "local";
  /** the Stripe-Signature header for a payload, made with the secret the webhook route verifies with */
  sign(payload: string, timestamp?: number): string;
};

export const LOCAL_SESSION_PREFIX = "cs_test_local_";

/** Ids that follow from the idempotency key, so a retried refund sends the event the webhook already has. */
const idFor = (prefix: string, value: string) => `${prefix}${createHash("sha256").update(value).digest("hex").slice(0, 24)}`;

function refundedChargeEvent(request: RefundRequest) {
  const refundedCents = request.charge.refundedBeforeCents + request.amountCents;
  const charge = {
    id: idFor("ch_local_", request.paymentIntentId),
    object: "charge",
    amount: request.charge.amountCents,
    amount_refunded: refundedCents,
    refunded: refundedCents >= request.charge.amountCents,
    payment_intent: request.paymentIntentId,
    currency: "usd",
  };
  return stripeShapedEvent("charge.refunded", charge, { id: idFor("evt_local_refund_", request.idempotencyKey) });
}

/** `publicUrl`: where the shop's own webhook route answers, never a Host taken from a request. */
export function createLocalPayments(config: { webhookSecret: string; publicUrl: string }): LocalPayments {
  const sign = (payload: string, timestamp?: number) => Stripe.webhooks.generateTestHeaderString({ payload, secret: config.webhookSecret, timestamp });
  return {
    mode: "local",
    livemode: false,
    // No tax service without Stripe: the pages say prices include any taxes.
    automaticTax: false,

    async createCheckoutSession(request) {
      const id = `${LOCAL_SESSION_PREFIX}${randomBytes(24).toString("base64url")}`;
      // A path, not a full URL: the shopper stays on whichever host they reached the shop by.
      return { id, url: `/checkout/local-payment/${id}`, expiresAt: request.expiresAt };
    },

    // The test page takes payment only for a checkout still open, which the caller has just ended.
    async expireCheckoutSession() {
      return true;
    },

    parseWebhook(payload, signature) {
      return verifySignedEvent(payload, signature, config.webhookSecret);
    },

    async refund(request) {
      if (request.amountCents > request.charge.amountCents - request.charge.refundedBeforeCents) return { ok: false, reason: "The refund is more than is left of the charge." };
      const payload = JSON.stringify(refundedChargeEvent(request), null, 2);
      const response = await fetch(`${config.publicUrl}/webhooks/stripe`, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": sign(payload) },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`the webhook route answered ${response.status} to a local test charge.refunded event`);
      return { ok: true, refundId: idFor("re_local_", request.idempotencyKey) };
    },

    async listRecentEvents() {
      return [];
    },

    sign,
  };
}

export function isLocalPayments(payments: Payments): payments is LocalPayments {
  return payments.mode === "local";
}
