// Refunding an order, in full or in part, from the back office. Three steps, so no lock is held
// while the provider is asked (in local test mode the provider calls our own webhook, which locks
// the order too):
//   1. reserve: under the order row's lock, the amount is checked against what is left (pending and
//      succeeded refunds count) and a pending row is written under the form's idempotency key;
//   2. the provider refunds the card payment's part with that key;
//   3. complete: the row is marked succeeded once (conditional on pending), the gift card's part is
//      credited through the ledger (once per hold), and the order's refunded total and status follow.
// Two tabs reserve one after the other and the second sees the first's amount; a double click
// carries the same key and finds the first row; the charge.refunded webhook that follows sees the
// back office's row and leaves the gift card alone (server/webhooks/refund-events.ts).
import { and, eq, lt, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "../../../db/client";
import { orderRefunds, orders } from "../../../db/schema/index";
import { badInput, conflict, notFound } from "../../errors";
import { refundCreditForOrder } from "../../giftcards/credits";
import type { Payments } from "../../integrations/payments/index";
import type { Logger } from "../../log";
import type { OrderStatus } from "../../orders/order-view";
import { recordOrderEvent, type Actor } from "./order-events";
import { FULLY_REFUNDED, splitRefund } from "./refund-split";
import { orderNumberField } from "./transitions";

export const refundOrderSchema = z.object({
  number: orderNumberField,
  amountCents: z.number({ error: "Please enter the amount to refund." }).int("An amount is a whole number of cents.").positive("A refund is more than zero."),
  idempotencyKey: z.string().min(16).max(100),
});

export type RefundDeps = { db: Db; payments: Payments; log: Logger };
/** Runs in the transaction that completes the refund, once, whichever request completes it (the audit row). */
export type OnRefundCompleted = (tx: Tx, refund: OrderRefund) => Promise<void>;
export type OrderRefund = typeof orderRefunds.$inferSelect;

const REFUNDABLE: OrderStatus[] = ["paid", "in_production", "shipped", "delivered", "cancelled"];

async function lockOrder(tx: Tx, where: ReturnType<typeof eq>) {
  const [order] = await tx.select().from(orders).where(where).for("update");
  return order;
}

async function refundedSoFar(tx: Tx, orderId: number, statuses: "counting" | "succeeded") {
  const [sums] = await tx
    .select({
      paymentCents: sql<number>`coalesce(sum(${orderRefunds.paymentCents}), 0)::int`,
      giftCardCents: sql<number>`coalesce(sum(${orderRefunds.giftCardCents}), 0)::int`,
    })
    .from(orderRefunds)
    .where(and(eq(orderRefunds.orderId, orderId), statuses === "counting" ? ne(orderRefunds.status, "failed") : eq(orderRefunds.status, "succeeded")));
  return sums!;
}

type Reserved = { refund: OrderRefund; paymentIntentId: string | null; charge: { amountCents: number; refundedBeforeCents: number } };

async function reserve(tx: Tx, input: z.output<typeof refundOrderSchema>): Promise<Reserved> {
  const order = await lockOrder(tx, eq(orders.number, input.number));
  if (!order) throw notFound(`There is no order ${input.number}.`);
  const counted = await refundedSoFar(tx, order.id, "counting");
  // A refund made in Stripe's dashboard reaches only orders.refunded_cents, through the webhook.
  const paymentRefunded = Math.max(counted.paymentCents, order.refundedCents);
  const [earlier] = await tx.select().from(orderRefunds).where(eq(orderRefunds.idempotencyKey, input.idempotencyKey));
  if (earlier) {
    if (earlier.orderId !== order.id || earlier.amountCents !== input.amountCents) throw conflict("This form was already used for another refund; open the order again.");
    return { refund: earlier, paymentIntentId: order.stripePaymentIntent, charge: { amountCents: order.totalCents, refundedBeforeCents: paymentRefunded - earlier.paymentCents } };
  }
  if (order.status === "refunded") throw conflict(FULLY_REFUNDED, "amount");
  if (!REFUNDABLE.includes(order.status)) throw conflict(`Order ${order.number} is ${order.status}; it cannot be refunded.`);
  const split = splitRefund(
    { paymentCents: order.totalCents, giftCardCents: order.discountCents, currency: order.currency },
    { paymentCents: paymentRefunded, giftCardCents: counted.giftCardCents },
    input.amountCents,
  );
  if (split.paymentCents > 0 && !order.stripePaymentIntent) throw conflict(`Order ${order.number} has no card payment on record to refund.`);
  const [refund] = await tx
    .insert(orderRefunds)
    .values({ orderId: order.id, amountCents: input.amountCents, ...split, idempotencyKey: input.idempotencyKey })
    .returning();
  return { refund: refund!, paymentIntentId: order.stripePaymentIntent, charge: { amountCents: order.totalCents, refundedBeforeCents: paymentRefunded } };
}

async function complete(tx: Tx, actor: Actor, refund: OrderRefund, refundId: string | null, log: Logger, onCompleted?: OnRefundCompleted): Promise<OrderRefund> {
  const order = (await lockOrder(tx, eq(orders.id, refund.orderId)))!;
  const [done] = await tx
    .update(orderRefunds)
    .set({ status: "succeeded", stripeRefundId: refundId, completedAt: sql`now()` })
    .where(and(eq(orderRefunds.id, refund.id), eq(orderRefunds.status, "pending")))
    .returning();
  if (!done) return (await tx.select().from(orderRefunds).where(eq(orderRefunds.id, refund.id)))[0]!;
  if (done.giftCardCents > 0) {
    const credit = await refundCreditForOrder(tx, order.id);
    if (credit.creditedCents !== done.giftCardCents) log.warn({ orderNumber: order.number, expectedCents: done.giftCardCents, creditedCents: credit.creditedCents }, "the gift card credit differs from the refund's gift card part");
  }
  const succeeded = await refundedSoFar(tx, order.id, "succeeded");
  // The webhook may have recorded this refund's charge already (local mode's arrives first), and a
  // refund made in Stripe's dashboard is known only from it.
  const full = Math.max(succeeded.paymentCents, order.refundedCents) >= order.totalCents && succeeded.giftCardCents >= order.discountCents;
  await tx
    .update(orders)
    .set({ refundedCents: sql`greatest(${orders.refundedCents}, ${succeeded.paymentCents})`, ...(full ? { status: "refunded" as const } : {}), updatedAt: sql`now()` })
    .where(eq(orders.id, order.id));
  await recordOrderEvent(tx, { orderId: order.id, kind: "refunded", actor, details: { amountCents: done.amountCents, paymentCents: done.paymentCents, giftCardCents: done.giftCardCents, refundId, full } });
  await onCompleted?.(tx, done);
  return done;
}

async function fail(tx: Tx, actor: Actor, refund: OrderRefund, reason: string): Promise<void> {
  const [failed] = await tx
    .update(orderRefunds)
    .set({ status: "failed", failureMessage: reason, completedAt: sql`now()` })
    .where(and(eq(orderRefunds.id, refund.id), eq(orderRefunds.status, "pending")))
    .returning();
  if (failed) await recordOrderEvent(tx, { orderId: refund.orderId, kind: "refund_failed", actor, details: { amountCents: refund.amountCents, reason } });
}

type Settled = { outcome: "succeeded"; refund: OrderRefund } | { outcome: "refused"; reason: string } | { outcome: "no_answer"; error: unknown };

/** Steps 2 and 3 for a pending row: ask the provider with the row's own key, then complete or fail it. */
async function settle(deps: RefundDeps, actor: Actor, reserved: Reserved, onCompleted?: OnRefundCompleted): Promise<Settled> {
  const { refund, paymentIntentId, charge } = reserved;
  const log = deps.log.child({ refundId: refund.id, idempotencyKey: refund.idempotencyKey });
  let providerRefundId: string | null = null;
  if (refund.paymentCents > 0) {
    let result;
    try {
      // The same key every time this row is asked for, so the provider refunds it once however often it is asked.
      result = await deps.payments.refund({ paymentIntentId: paymentIntentId!, amountCents: refund.paymentCents, idempotencyKey: `order-refund:${refund.idempotencyKey}`, charge });
    } catch (error) {
      return { outcome: "no_answer", error };
    }
    if (!result.ok) {
      await deps.db.transaction((tx) => fail(tx, actor, refund, result.reason));
      return { outcome: "refused", reason: result.reason };
    }
    providerRefundId = result.refundId;
  }
  return { outcome: "succeeded", refund: await deps.db.transaction((tx) => complete(tx, actor, refund, providerRefundId, log, onCompleted)) };
}

/** The refund as it stands after the call: succeeded, or a thrown Conflict that says why not. */
export async function refundOrder(deps: RefundDeps, actor: Actor, input: z.input<typeof refundOrderSchema>, onCompleted?: OnRefundCompleted): Promise<OrderRefund> {
  const checked = refundOrderSchema.safeParse(input);
  if (!checked.success) throw badInput(checked.error.issues.map((i) => i.message).join(" "), "amount");
  const parsed = checked.data;
  const reserved = await deps.db.transaction((tx) => reserve(tx, parsed));
  const { refund } = reserved;
  if (refund.status === "succeeded") return refund;
  if (refund.status === "failed") throw conflict(`This refund was refused: ${refund.failureMessage ?? "the provider said no"}.`);
  const settled = await settle(deps, actor, reserved, onCompleted);
  if (settled.outcome === "no_answer") {
    deps.log.error({ err: settled.error, refundId: refund.id, idempotencyKey: refund.idempotencyKey }, "the payment provider did not answer a refund; it stays pending until the form is sent again or the pending refund sweep finishes it");
    throw conflict("The payment provider did not answer, so the refund is pending. Send the same form again to finish it, or it is finished by itself within a few minutes.");
  }
  if (settled.outcome === "refused") throw conflict(`The payment provider refused the refund: ${settled.reason}`, "amount");
  return settled.refund;
}

/** Who the order's timeline names for a refund the sweep finished. */
export const SWEEP_ACTOR: Actor = { email: "the pending refund sweep" };

export type SweepResult = { succeeded: number; refused: number; noAnswer: number };

/**
 * Finishes refunds left pending longer than the grace period (the process died, or the provider did
 * not answer, between reserving the row and completing it): the provider is asked again with the
 * row's own key, so it refunds at most once, and completion is conditional on the row still being
 * pending, so two sweeps in parallel, or a sweep and a resent form, complete it exactly once.
 */
export async function finishPendingRefunds(deps: RefundDeps, options: { olderThan: Date }): Promise<SweepResult> {
  const stale = await deps.db
    .select({ id: orderRefunds.id })
    .from(orderRefunds)
    .where(and(eq(orderRefunds.status, "pending"), lt(orderRefunds.createdAt, options.olderThan)))
    .orderBy(orderRefunds.id)
    .limit(100);
  const result: SweepResult = { succeeded: 0, refused: 0, noAnswer: 0 };
  for (const { id } of stale) {
    const reserved = await deps.db.transaction((tx) => pendingReservation(tx, id));
    // another sweep or a resent form finished it meanwhile
    if (!reserved) continue;
    const settled = await settle(deps, SWEEP_ACTOR, reserved);
    if (settled.outcome === "succeeded") result.succeeded += 1;
    else if (settled.outcome === "refused") result.refused += 1;
    else {
      result.noAnswer += 1;
      deps.log.warn({ err: settled.error, refundId: id }, "the payment provider still does not answer a pending refund; the next sweep asks again");
    }
  }
  return result;
}

/** What reserve would return for this row when its form is sent again, or null once it is no longer pending. */
async function pendingReservation(tx: Tx, refundId: number): Promise<Reserved | null> {
  const [refund] = await tx.select().from(orderRefunds).where(and(eq(orderRefunds.id, refundId), eq(orderRefunds.status, "pending")));
  if (!refund) return null;
  const [order] = await tx.select().from(orders).where(eq(orders.id, refund.orderId));
  const counted = await refundedSoFar(tx, refund.orderId, "counting");
  const paymentRefunded = Math.max(counted.paymentCents, order!.refundedCents);
  return { refund, paymentIntentId: order!.stripePaymentIntent, charge: { amountCents: order!.totalCents, refundedBeforeCents: paymentRefunded - refund.paymentCents } };
}
