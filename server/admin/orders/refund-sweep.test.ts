// The sweep that finishes refunds left pending, in local test mode: the row a crashed request left
// behind (written straight into order_refunds, as reserve would have) is finished by two sweeps
// running at once, and the gift card's part is credited once.
import { and, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { JobHelpers } from "graphile-worker";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../../db/client";
import { giftCardLedger, giftCards, orderEvents, orderRefunds, orders } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer } from "../../../test/checkout-helpers";
import { testDatabase } from "../../../test/database";
import { createGiftCard } from "../../../test/factories";
import { startWebhookRouteServer } from "../../../test/webhook-route-server";
import { finishPendingRefundsTask } from "../../../workers/tasks/finish-pending-refunds";
import { ledgerDisagreements } from "../../giftcards/ledger";
import { createPayments } from "../../integrations/payments/index";
import { createLocalPayments } from "../../integrations/payments/local-payments";
import { createLogger } from "../../log";
import { routeContext } from "../../../test/route-context";
import { loader as orderLoader } from "../../../app/routes/admin.orders.$number";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";
import type { AdminOrder } from "./order-detail";
import { finishPendingRefunds } from "./refund";

const database = await testDatabase();
const wide = connect(database.url, { max: 25 });
afterAll(() => wide.close());
const db = wide.db;
const secret = "whsec_refund_sweep_secret";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const log = createLogger("silent");
const checkoutPayments = createPayments(env);
const webhookRoute = await startWebhookRouteServer({ db, env, payments: checkoutPayments, log });
const payments = createLocalPayments({ webhookSecret: secret, publicUrl: webhookRoute.origin });
const webhook = webhookDeliverer({ db, env, payments: checkoutPayments, log }, secret);
const deps = { db, payments, log };

const orderRow = (id: number) => db.select().from(orders).where(eq(orders.id, id)).then((rows) => rows[0]!);
const cardRow = (id: number) => db.select().from(giftCards).where(eq(giftCards.id, id)).then((rows) => rows[0]!);
const creditsOf = (cardId: number) => db.$count(giftCardLedger, and(eq(giftCardLedger.giftCardId, cardId), eq(giftCardLedger.kind, "refund_credit")));
const refundsOf = (orderId: number) => db.select().from(orderRefunds).where(eq(orderRefunds.orderId, orderId)).orderBy(orderRefunds.id);
const owner = await createAdminUser(db, { email: "sweep.owner@example.com", password: "a long enough owner password" });
const signedIn = routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id), payments, log });
const refundsOnPage = async (number: string) =>
  ((await (await orderLoader({ request: new Request(`http://shop.test/admin/orders/${number}`), context: signedIn, params: { number } })).json()) as { order: AdminOrder }).order.refunds.map((r) => r.status);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** A paid order of 90.00, 30.00 of it by gift card, and the pending row a request wrote before it died. */
async function orderWithPendingRefund(leftMinutesAgo: number) {
  const gift = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 3000 });
  const checkout = await startCheckout(db, checkoutPayments, { env, giftCardCode: gift.code });
  await webhook.deliver(checkoutSessionEvent("checkout.session.completed", paidSession(checkout)));
  const [order] = await db.select().from(orders).where(eq(orders.checkoutId, checkout.id));
  await db.insert(orderRefunds).values({ orderId: order!.id, amountCents: 9000, paymentCents: 6000, giftCardCents: 3000, idempotencyKey: randomUUID(), createdAt: minutesAgo(leftMinutesAgo) });
  return { order: order!, card: gift.card };
}

describe("finishing refunds left pending (local mode)", () => {
  it("two sweeps at once complete the row exactly once: one provider refund, one gift card credit, one timeline event", async () => {
    const { order, card } = await orderWithPendingRefund(10);
    const results = await Promise.all([finishPendingRefunds(deps, { olderThan: minutesAgo(5) }), finishPendingRefunds(deps, { olderThan: minutesAgo(5) })]);

    expect(results.reduce((n, r) => n + r.succeeded, 0)).toBeGreaterThanOrEqual(1);
    expect(await refundsOf(order.id)).toMatchObject([{ status: "succeeded", stripeRefundId: expect.stringMatching(/^re_local_/), completedAt: expect.any(Date) }]);
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: 6000 });
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 3000, heldCents: 0 });
    expect(await creditsOf(card.id)).toBe(1);
    expect(await ledgerDisagreements(db)).toEqual([]);
    const events = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.kind, "refunded")));
    expect(events).toHaveLength(1);
    expect(events[0]!.actor).toBe("the pending refund sweep");

    // a later sweep finds nothing to do
    expect(await finishPendingRefunds(deps, { olderThan: new Date() })).toMatchObject({ succeeded: 0 });
  });

  it("leaves a row younger than the grace period to the request that is still finishing it", async () => {
    const { order } = await orderWithPendingRefund(1);
    const task = finishPendingRefundsTask({ db, log, payments });
    await task({}, { job: { id: "1" } } as unknown as JobHelpers);
    expect(await refundsOf(order.id)).toMatchObject([{ status: "pending" }]);
    expect(await refundsOnPage(order.number)).toEqual(["pending"]);

    // the task's default grace is five minutes; once the row is older it is finished
    await db.update(orderRefunds).set({ createdAt: sql`now() - interval '6 minutes'` }).where(eq(orderRefunds.orderId, order.id));
    await task({}, { job: { id: "2" } } as unknown as JobHelpers);
    expect(await refundsOf(order.id)).toMatchObject([{ status: "succeeded" }]);
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded" });
    expect(await refundsOnPage(order.number)).toEqual(["succeeded"]);
  });
});
