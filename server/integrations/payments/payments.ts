// The payment provider as the shop sees it: open a hosted checkout, and read the provider's signed
// events. Stripe in production; a local stand-in on a fresh clone. Domain code uses only this.
import type { ShippingAddress } from "../../../db/schema/orders";
import type { ReturnPaths } from "../../../app/shared/checkout-paths";

export type PaymentLine = { title: string; description: string; unitPriceCents: number; quantity: number };

/** Stripe's smallest charge in USD; a gift card paying part of an order leaves at least this. */
export const MINIMUM_CHARGE_CENTS = 50;

export type CheckoutSessionRequest = {
  /** our pending checkout's id: sent as client_reference_id and metadata so events lead back to it */
  checkoutId: string;
  email: string;
  lines: PaymentLine[];
  currency: string;
  /** a fixed amount taken off the whole order (gift cards) */
  discount?: { amountOffCents: number; label: string };
  /** ask for a shipping address (default); a gift card is e-mailed and needs none */
  collectShipping?: boolean;
  /** the parcel's price, charged as the session's one shipping option; addresses are collected in `country` only, the one it was priced for */
  shipping?: { amountCents: number; label: string; country: string };
  /** where the payment page sends the shopper back to, decided by the web layer */
  returnPaths: ReturnPaths;
  /** one per checkout attempt, so a retried request can never open a second session */
  idempotencyKey: string;
  expiresAt: Date;
};

export type CheckoutSessionCreated = { id: string; url: string; expiresAt: Date };

export type PaymentSession = {
  id: string;
  /** our checkout id, from client_reference_id (or metadata when that is missing) */
  checkoutId: string | null;
  paymentStatus: "paid" | "unpaid" | "no_payment_required";
  amountTotalCents: number | null;
  /** total_details.amount_shipping and amount_tax, as the provider charged them */
  amountShippingCents: number;
  amountTaxCents: number;
  /** automatic_tax.enabled: whether the provider was asked to add tax to this session */
  automaticTax: boolean;
  currency: string | null;
  customerEmail: string | null;
  customerName: string | null;
  shippingAddress: ShippingAddress | null;
  paymentIntentId: string | null;
};

export type RefundedCharge = {
  id: string;
  paymentIntentId: string | null;
  amountCents: number;
  amountRefundedCents: number;
  /** true once the whole charge is refunded */
  refunded: boolean;
};

export type RefundRequest = {
  paymentIntentId: string;
  amountCents: number;
  /** one per refund the shop makes: a retried call can never refund twice */
  idempotencyKey: string;
  /** the charge as the shop knows it; Stripe keeps its own, the local mode builds its event from this */
  charge: { amountCents: number; refundedBeforeCents: number };
};

/** `refused`: the provider said no and nothing was refunded (an unknown outcome throws instead). */
export type RefundResult = { ok: true; refundId: string } | { ok: false; reason: string };

export const checkoutSessionEventTypes = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
] as const;
export type CheckoutSessionEventType = (typeof checkoutSessionEventTypes)[number];

type EventBase = { id: string; livemode: boolean; createdAt: Date };

export type PaymentEvent = EventBase &
  (
    | { kind: "checkout_session"; type: CheckoutSessionEventType; session: PaymentSession }
    | { kind: "charge_refunded"; type: "charge.refunded"; charge: RefundedCharge }
    | { kind: "ignored"; type: string }
  );

export interface Payments {
  readonly mode: "stripe" | "local";
  /** whether this key takes real money; events from the other mode are anomalies */
  readonly livemode: boolean;
  /** Stripe Tax adds tax on the payment page (STRIPE_TAX=on in Stripe mode); otherwise prices include any taxes */
  readonly automaticTax: boolean;
  createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSessionCreated>;
  /**
   * Ends an open session so it can no longer be paid. True when it cannot be paid any more
   * (expired now or before); false when it was already paid, so its completion event is coming.
   */
  expireCheckoutSession(sessionId: string): Promise<boolean>;
  /** Verifies the signature on the raw body and parses the event; never throws for a bad request. */
  parseWebhook(payload: Buffer | string, signature: string | null): ParsedWebhook;
  /** Gives part or all of a charge back; its charge.refunded event follows through the webhook. */
  refund(request: RefundRequest): Promise<RefundResult>;
  /** Events since a moment, oldest first, for the daily reconciliation (empty in local mode). */
  listRecentEvents(since: Date): Promise<PaymentEvent[]>;
}

/**
 * A result, not an exception: the provider object is made in start.ts from the source modules while
 * the webhook route runs in the Remix build's copy, so an error class would not match across the two.
 */
export type ParsedWebhook = { ok: true; event: PaymentEvent } | { ok: false; reason: string };
