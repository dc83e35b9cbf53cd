// One order as the owner sees it: items, amounts with the gift card's part, both addresses, the
// timeline (its dated steps and every event), refunds, the payment anomalies recorded about it,
// what is left to refund, and which steps it can take next.
import { asc, desc, eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { orderEvents, orderItems, orderRefunds, orders, paymentAnomalies, type ShippingAddress } from "../../../db/schema/index";
import { notFound } from "../../errors";
import { amountLines, type AmountLine } from "../../orders/amounts";
import type { OrderStatus } from "../../orders/order-view";
import { refundFormKey } from "./order-forms";
import { refundableCents, type RefundSplit } from "./refund-split";
import { orderNumberField } from "./transitions";

export type AdminOrderAction = "in_production" | "ship" | "delivered" | "cancelled" | "refund";

export type AdminOrder = {
  number: string;
  status: OrderStatus;
  email: string;
  customerName: string;
  shippingAddress: ShippingAddress | null;
  currency: string;
  placedAt: string;
  paidAt: string | null;
  items: { title: string; description: string; quantity: number; unitPriceCents: number; totalCents: number }[];
  amounts: AmountLine[];
  giftCardCents: number;
  paymentCents: number;
  refundedPaymentCents: number;
  shipment: { carrier: string | null; trackingNumber: string | null; trackingUrl: string | null; shippedAt: string | null };
  events: { kind: string; actor: string; at: string; details: Record<string, unknown> }[];
  refunds: { amountCents: number; paymentCents: number; giftCardCents: number; status: string; failureMessage: string | null; at: string }[];
  anomalies: { kind: string; eventType: string; at: string; details: Record<string, unknown> }[];
  /** what a refund may still give back, split as the rule splits it (decision 025) */
  refundable: RefundSplit;
  actions: AdminOrderAction[];
  stripePaymentIntent: string | null;
  /** the idempotency key the page's refund form carries (server/admin/orders/order-forms.ts) */
  refundFormKey: string;
};

const nextSteps: Record<OrderStatus, AdminOrderAction[]> = {
  pending: [],
  paid: ["in_production", "ship", "cancelled"],
  in_production: ["ship", "cancelled"],
  shipped: ["ship", "delivered"],
  delivered: [],
  cancelled: [],
  refunded: [],
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function loadAdminOrder(db: DbOrTx, rawNumber: string): Promise<AdminOrder> {
  const parsedNumber = orderNumberField.safeParse(rawNumber);
  const [order] = parsedNumber.success ? await db.select().from(orders).where(eq(orders.number, parsedNumber.data)) : [];
  if (!order) throw notFound(`There is no order ${rawNumber}.`);
  const anomalyMatches = [
    order.checkoutId ? eq(paymentAnomalies.checkoutId, order.checkoutId) : undefined,
    order.stripeCheckoutId ? eq(paymentAnomalies.providerSessionId, order.stripeCheckoutId) : undefined,
    order.stripePaymentIntent ? sql`${paymentAnomalies.details}->>'paymentIntentId' = ${order.stripePaymentIntent}` : undefined,
  ].filter((m) => m !== undefined);
  const [items, events, refunds, anomalies] = await Promise.all([
    db.select().from(orderItems).where(eq(orderItems.orderId, order.id)).orderBy(asc(orderItems.id)),
    db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.id)),
    db.select().from(orderRefunds).where(eq(orderRefunds.orderId, order.id)).orderBy(asc(orderRefunds.id)),
    anomalyMatches.length ? db.select().from(paymentAnomalies).where(or(...anomalyMatches)).orderBy(desc(paymentAnomalies.id)) : Promise.resolve([]),
  ]);
  const counting = refunds.filter((r) => r.status !== "failed");
  const refunded = {
    paymentCents: Math.max(order.refundedCents, counting.reduce((sum, r) => sum + r.paymentCents, 0)),
    giftCardCents: counting.reduce((sum, r) => sum + r.giftCardCents, 0),
  };
  const refundable = refundableCents({ paymentCents: order.totalCents, giftCardCents: order.discountCents, currency: order.currency }, refunded);
  const canRefund = order.status !== "pending" && order.status !== "refunded" && refundable.paymentCents + refundable.giftCardCents > 0;
  return {
    number: order.number,
    status: order.status,
    email: order.email,
    customerName: order.customerName,
    shippingAddress: order.shippingAddress,
    currency: order.currency,
    placedAt: order.createdAt.toISOString(),
    paidAt: iso(order.paidAt),
    items: items.map(({ title, description, quantity, unitPriceCents, totalCents }) => ({ title, description, quantity, unitPriceCents, totalCents })),
    amounts: amountLines(order, { totalLabel: "Paid by card" }),
    giftCardCents: order.discountCents,
    paymentCents: order.totalCents,
    refundedPaymentCents: refunded.paymentCents,
    shipment: { carrier: order.carrier, trackingNumber: order.trackingNumber, trackingUrl: order.trackingUrl, shippedAt: iso(order.shippedAt) },
    events: events.map((e) => ({ kind: e.kind, actor: e.actor, at: e.createdAt.toISOString(), details: e.details })),
    refunds: refunds.map((r) => ({ amountCents: r.amountCents, paymentCents: r.paymentCents, giftCardCents: r.giftCardCents, status: r.status, failureMessage: r.failureMessage, at: r.createdAt.toISOString() })),
    anomalies: anomalies.map((a) => ({ kind: a.kind, eventType: a.eventType, at: a.createdAt.toISOString(), details: a.details })),
    refundable,
    actions: [...nextSteps[order.status], ...(canRefund ? (["refund"] as const) : [])],
    stripePaymentIntent: order.stripePaymentIntent,
    refundFormKey: refundFormKey(order.number, refunds.filter((r) => r.status !== "pending").length),
  };
}
