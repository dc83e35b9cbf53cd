// Turns a Stripe event into the shop's PaymentEvent. Only the fields we act on are parsed, so a
// newer API version that adds fields changes nothing here.
import Stripe from "stripe";
import { z } from "zod";
import type { ShippingAddress } from "../../../db/schema/orders";
import { checkoutSessionEventTypes, type CheckoutSessionEventType, type ParsedWebhook, type PaymentEvent } from "./payments";

export const WEBHOOK_TOLERANCE_SECONDS = 300;

const text = z.string().nullish();
const idOrObject = z.union([z.string(), z.object({ id: z.string() })]).nullish();

const shippingSchema = z.object({
  name: text,
  address: z.object({ line1: text, line2: text, city: text, state: text, postal_code: text, country: text }).nullish(),
});

const sessionSchema = z.object({
  id: z.string(),
  client_reference_id: text,
  metadata: z.record(z.string(), z.string()).nullish(),
  payment_status: z.enum(["paid", "unpaid", "no_payment_required"]),
  amount_total: z.number().int().nullish(),
  total_details: z.object({ amount_shipping: z.number().int().nullish(), amount_tax: z.number().int().nullish() }).nullish(),
  automatic_tax: z.object({ enabled: z.boolean() }).nullish(),
  currency: text,
  customer_email: text,
  customer_details: z.object({ email: text, name: text }).nullish(),
  payment_intent: idOrObject,
  collected_information: z.object({ shipping_details: shippingSchema.nullish() }).nullish(),
  // API versions before 2025-03-31 put the address here
  shipping_details: shippingSchema.nullish(),
});

const chargeSchema = z.object({
  id: z.string(),
  amount: z.number().int(),
  amount_refunded: z.number().int(),
  refunded: z.boolean(),
  payment_intent: idOrObject,
});

const idOf = (value: z.infer<typeof idOrObject>) => (typeof value === "string" ? value : (value?.id ?? null));

function toShippingAddress(shipping: z.infer<typeof shippingSchema> | null | undefined): ShippingAddress | null {
  const address = shipping?.address;
  if (!address?.line1 || !address.country) return null;
  return {
    name: shipping?.name ?? "",
    line1: address.line1,
    line2: address.line2 ?? null,
    city: address.city ?? "",
    state: address.state ?? null,
    postalCode: address.postal_code ?? "",
    country: address.country,
  };
}

const isCheckoutSessionType = (type: string): type is CheckoutSessionEventType =>
  (checkoutSessionEventTypes as readonly string[]).includes(type);

export function toPaymentEvent(event: { id: string; type: string; livemode: boolean; created: number; data: { object: unknown } }): PaymentEvent {
  const base = { id: event.id, livemode: event.livemode, createdAt: new Date(event.created * 1000) };
  if (isCheckoutSessionType(event.type)) {
    const s = sessionSchema.parse(event.data.object);
    const shipping = s.collected_information?.shipping_details ?? s.shipping_details;
    return {
      ...base,
      kind: "checkout_session",
      type: event.type,
      session: {
        id: s.id,
        checkoutId: s.client_reference_id ?? s.metadata?.checkout_id ?? null,
        paymentStatus: s.payment_status,
        amountTotalCents: s.amount_total ?? null,
        amountShippingCents: s.total_details?.amount_shipping ?? 0,
        amountTaxCents: s.total_details?.amount_tax ?? 0,
        automaticTax: s.automatic_tax?.enabled ?? false,
        currency: s.currency ?? null,
        customerEmail: s.customer_details?.email ?? s.customer_email ?? null,
        customerName: s.customer_details?.name ?? shipping?.name ?? null,
        shippingAddress: toShippingAddress(shipping),
        paymentIntentId: idOf(s.payment_intent),
      },
    };
  }
  if (event.type === "charge.refunded") {
    const c = chargeSchema.parse(event.data.object);
    const charge = { id: c.id, paymentIntentId: idOf(c.payment_intent), amountCents: c.amount, amountRefundedCents: c.amount_refunded, refunded: c.refunded };
    return { ...base, kind: "charge_refunded", type: "charge.refunded", charge };
  }
  return { ...base, kind: "ignored", type: event.type };
}

/** Stripe's own verification (HMAC-SHA256 over "timestamp.body", 300 s tolerance), for both modes. */
export function verifySignedEvent(payload: Buffer | string, signature: string | null, secret: string): ParsedWebhook {
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(payload, signature ?? "", secret, WEBHOOK_TOLERANCE_SECONDS);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : "invalid signature" };
  }
  try {
    return { ok: true, event: toPaymentEvent(event) };
  } catch (error) {
    // Signed by someone holding our secret, yet not shaped like the event it claims to be.
    return { ok: false, reason: `malformed ${event.type} event: ${error instanceof Error ? error.message : String(error)}` };
  }
}
