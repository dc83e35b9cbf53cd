// Local test mode: no Stripe account, no network. The "hosted page" is our own /checkout/local-payment/:id,
// which sends Stripe-shaped events signed exactly as Stripe signs them to the real webhook route.
import Stripe from "stripe";
import { randomBytes } from "node:crypto";
import type { Payments } from "./payments";
import { verifySignedEvent } from "./stripe-events";

export type LocalPayments = Payments & {
  readonly mode: "local";
  /** the Stripe-Signature header for a payload, made with the secret the webhook route verifies with */
  sign(payload: string, timestamp?: number): string;
};

export const LOCAL_SESSION_PREFIX = "cs_test_local_";

export function createLocalPayments(config: { webhookSecret: string }): LocalPayments {
  return {
    mode: "local",
    livemode: false,

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

    async listRecentEvents() {
      return [];
    },

    sign(payload, timestamp) {
      return Stripe.webhooks.generateTestHeaderString({ payload, secret: config.webhookSecret, timestamp });
    },
  };
}

export function isLocalPayments(payments: Payments): payments is LocalPayments {
  return payments.mode === "local";
}
