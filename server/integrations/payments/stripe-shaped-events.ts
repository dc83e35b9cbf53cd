// Builds events with the JSON shape Stripe sends for a Checkout Session, for local test mode (and
// for tests, which then sign them with the SDK's own helper).
import { randomBytes } from "node:crypto";
import type { CheckoutSessionEventType } from "./payments";

export type StripeShapedSession = {
  id: string;
  checkoutId: string;
  amountSubtotalCents: number;
  amountTotalCents: number;
  /** what the session's shipping option charged, and the tax Stripe Tax added (0 when off) */
  amountShippingCents?: number;
  amountTaxCents?: number;
  automaticTax?: boolean;
  currency: string;
  email: string;
  paymentStatus: "paid" | "unpaid" | "no_payment_required";
  status: "open" | "complete" | "expired";
  expiresAt: Date;
  shipping?: { name: string; line1: string; line2?: string | null; city: string; state?: string | null; postalCode: string; country: string };
  paymentIntentId?: string | null;
  livemode?: boolean;
};

const randomId = (prefix: string) => `${prefix}${randomBytes(12).toString("hex")}`;
const unix = (date: Date) => Math.floor(date.getTime() / 1000);

function address(shipping: StripeShapedSession["shipping"]) {
  return {
    city: shipping?.city ?? null,
    country: shipping?.country ?? null,
    line1: shipping?.line1 ?? null,
    line2: shipping?.line2 ?? null,
    postal_code: shipping?.postalCode ?? null,
    state: shipping?.state ?? null,
  };
}

export function checkoutSessionObject(s: StripeShapedSession) {
  const shippingCents = s.amountShippingCents ?? 0;
  const taxCents = s.amountTaxCents ?? 0;
  const shippingDetails = s.shipping ? { address: address(s.shipping), name: s.shipping.name } : null;
  return {
    id: s.id,
    object: "checkout.session",
    amount_subtotal: s.amountSubtotalCents,
    amount_total: s.amountTotalCents,
    automatic_tax: { enabled: s.automaticTax ?? false, liability: null, provider: null, status: s.automaticTax ? "complete" : null },
    client_reference_id: s.checkoutId,
    collected_information: { shipping_details: shippingDetails, business_name: null, individual_name: null },
    created: unix(new Date(s.expiresAt.getTime() - 30 * 60_000)),
    currency: s.currency,
    customer: null,
    customer_details: s.status === "complete" ? { address: address(s.shipping), email: s.email, name: s.shipping?.name ?? null, phone: null, tax_exempt: "none", tax_ids: [] } : null,
    customer_email: s.email,
    expires_at: unix(s.expiresAt),
    livemode: s.livemode ?? false,
    metadata: { checkout_id: s.checkoutId },
    mode: "payment",
    payment_intent: s.status === "complete" ? (s.paymentIntentId ?? randomId("pi_local_")) : null,
    payment_method_types: ["card"],
    payment_status: s.paymentStatus,
    shipping_address_collection: null,
    status: s.status,
    shipping_cost: shippingCents > 0 ? { amount_subtotal: shippingCents, amount_tax: 0, amount_total: shippingCents, shipping_rate: randomId("shr_local_") } : null,
    total_details: { amount_discount: s.amountSubtotalCents + shippingCents + taxCents - s.amountTotalCents, amount_shipping: shippingCents, amount_tax: taxCents },
    url: null,
  };
}

/** An event envelope exactly as Stripe's (see Stripe's event fixture): id, object, data.object, type... */
export function stripeShapedEvent(type: string, object: Record<string, unknown>, options: { livemode?: boolean; id?: string; created?: Date } = {}) {
  return {
    id: options.id ?? randomId("evt_local_"),
    object: "event",
    api_version: "2025-08-27.basil",
    created: unix(options.created ?? new Date()),
    data: { object },
    livemode: options.livemode ?? false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

export function checkoutSessionEvent(type: CheckoutSessionEventType, session: StripeShapedSession, options: { id?: string } = {}) {
  return stripeShapedEvent(type, checkoutSessionObject(session), { livemode: session.livemode, id: options.id });
}
