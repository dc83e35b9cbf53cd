// charge.refunded: the refunded amount is recorded on the order; a full refund marks it refunded.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { orders } from "../../db/schema/index";
import type { PaymentEvent } from "../integrations/payments/index";
import { recordAnomaly } from "./anomalies";
import type { ApplyOutcome, PaymentEventDeps } from "./apply-payment-event";

type RefundEvent = Extract<PaymentEvent, { kind: "charge_refunded" }>;

export async function applyRefundEvent(tx: Tx, deps: PaymentEventDeps, event: RefundEvent): Promise<ApplyOutcome> {
  const { charge } = event;
  const [order] = charge.paymentIntentId
    ? await tx.select().from(orders).where(eq(orders.stripePaymentIntent, charge.paymentIntentId)).for("update")
    : [];
  if (!order) {
    return recordAnomaly(tx, deps.log, event, {
      kind: "unknown_payment",
      details: { chargeId: charge.id, paymentIntentId: charge.paymentIntentId, amountRefundedCents: charge.amountRefundedCents },
    });
  }
  // Refund events can arrive out of order; the refunded total only ever grows.
  const refundedCents = Math.max(order.refundedCents, charge.amountRefundedCents);
  await tx
    .update(orders)
    .set({ refundedCents, ...(charge.refunded ? { status: "refunded" as const } : {}), updatedAt: sql`now()` })
    .where(eq(orders.id, order.id));
  deps.log.info({ orderNumber: order.number, refundedCents, fullyRefunded: charge.refunded }, "order refund recorded");
  return "applied";
}
