// A delivery to /webhooks/stripe: verify the signature on the raw body, then apply the event. The
// route answers a refused signature with 400 (nothing written) and a failure with 500, so Stripe
// delivers again.
import type { Db } from "../../db/client";
import type { GiftCardSecretEnv } from "../giftcards/codes";
import type { Payments } from "../integrations/payments/index";
import type { Logger } from "../log";
import { isDatabaseUnavailable } from "../errors";
import { applyPaymentEvent } from "./apply-payment-event";

export type WebhookReply =
  | { kind: "refused"; body: { received: false; error: string } }
  | { kind: "applied"; body: { received: true; outcome: string } }
  | { kind: "failed"; body: { received: false; error: string } }
  | { kind: "unavailable"; body: { received: false; error: string } };

export async function receiveStripeWebhook(
  deps: { db: Db; payments: Payments; log: Logger; publicUrl: string; env: GiftCardSecretEnv },
  payload: Buffer,
  signature: string | null,
): Promise<WebhookReply> {
  const parsed = deps.payments.parseWebhook(payload, signature);
  if (!parsed.ok) {
    deps.log.warn({ reason: parsed.reason }, "rejected a webhook that failed verification");
    return { kind: "refused", body: { received: false, error: "Webhook signature verification failed." } };
  }
  const { event } = parsed;
  const log = deps.log.child({ eventId: event.id, eventType: event.type });
  try {
    const outcome = await applyPaymentEvent({ db: deps.db, log, livemode: deps.payments.livemode, publicUrl: deps.publicUrl, env: deps.env }, event);
    log.info({ outcome }, "webhook event handled");
    return { kind: "applied", body: { received: true, outcome } };
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error }, "the database was out of reach while applying a webhook event; Stripe will deliver it again");
      return { kind: "unavailable", body: { received: false, error: "The store is briefly unavailable; please retry." } };
    }
    log.error({ err: error }, "applying a webhook event failed; it was rolled back and Stripe will deliver it again");
    return { kind: "failed", body: { received: false, error: "The event could not be applied; please retry." } };
  }
}
