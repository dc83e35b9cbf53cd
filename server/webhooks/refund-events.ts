// charge.refunded: the refunded amount is recorded on the order; a full refund marks it refunded and
// gives back what a gift card paid towards it. A refund the back office made is its own to finish
// (server/admin/orders/refund.ts): for such an order the event only keeps the refunded total.
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { giftCards, orderRefunds, orders } from "../../db/schema/index";
import { refundCreditForOrder } from "../giftcards/credits";
import type { PaymentEvent } from "../integrations/payments/index";
import { recordAnomaly } from "./anomalies";
import type { ApplyOutcome, PaymentEventDeps } from "./payment-event";

type RefundEvent = Extract<PaymentEvent, { kind: "charge_refunded" }>;

export async function applyRefundEvent(tx: Tx, deps: PaymentEventDeps, event: RefundEvent): Promise<ApplyOutcome> {
  const { charge } = event;
  const [order] = charge.paymentIntentId
    ? await tx.select().from(orders).where(eq(orders.stripePaymentIntent, charge.paymentIntentId)).for("update")
    : [];
  if (!order) {
    const [card] = charge.paymentIntentId ? await tx.select().from(giftCards).where(eq(giftCards.stripePaymentIntent, charge.paymentIntentId)) : [];
    if (card) {
      // The recipient may already have spent some of it, so whether to deactivate it is a person's call.
      return recordAnomaly(tx, deps.log, event, {
        kind: "gift_card_purchase_refunded",
        details: { chargeId: charge.id, giftCardId: card.id, last4: card.codeLast4, balanceCents: card.balanceCents, amountRefundedCents: charge.amountRefundedCents },
      });
    }
    return recordAnomaly(tx, deps.log, event, {
      kind: "unknown_payment",
      details: { chargeId: charge.id, paymentIntentId: charge.paymentIntentId, amountRefundedCents: charge.amountRefundedCents },
    });
  }
  // Refund events can arrive out of order; the refunded total only ever grows.
  const refundedCents = Math.max(order.refundedCents, charge.amountRefundedCents);
  // The order's lock is held, so a back-office refund is either committed as pending or not begun.
  if ((await tx.$count(orderRefunds, and(eq(orderRefunds.orderId, order.id), ne(orderRefunds.status, "failed")))) > 0) {
    await tx.update(orders).set({ refundedCents, updatedAt: sql`now()` }).where(eq(orders.id, order.id));
    deps.log.info({ orderNumber: order.number, refundedCents }, "order refund recorded; the back office's refund settles the status and any gift card part");
    return "applied";
  }
  await tx
    .update(orders)
    .set({ refundedCents, ...(charge.refunded ? { status: "refunded" as const } : {}), updatedAt: sql`now()` })
    .where(eq(orders.id, order.id));
  // Only a full refund returns the card's part: a partial one goes back to the card that was charged.
  const credit = charge.refunded ? await refundCreditForOrder(tx, order.id) : { creditedCents: 0 };
  deps.log.info({ orderNumber: order.number, refundedCents, fullyRefunded: charge.refunded, giftCardCreditedCents: credit.creditedCents }, "order refund recorded");
  return "applied";
}
