// The sweep that finishes refunds left pending, through the real SDK against the Stripe API stand-in.
import { eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../../db/client";
import { orderEvents, orderRefunds, orders } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { orderInput } from "../../../test/factories";
import { startStripeApiServer } from "../../../test/stripe-api-server";
import { createPayments } from "../../integrations/payments/index";
import { createLogger } from "../../log";
import { createPaidOrder } from "../../orders/create-order";
import { finishPendingRefunds, refundOrder } from "./refund";

const database = await testDatabase();
const wide = connect(database.url, { max: 25 });
afterAll(() => wide.close());
const db = wide.db;
const stripeApi = await startStripeApiServer();
const env = testEnv({ STRIPE_SECRET_KEY: "sk_test_printroom", STRIPE_WEBHOOK_SECRET: "whsec_refund_sweep_stripe", STRIPE_API_BASE: stripeApi.url, STRIPE_MAX_NETWORK_RETRIES: "1" });
const payments = createPayments(env);
const log = createLogger("silent");
const deps = { db, payments, log };
const owner = { email: "owner@example.com" };

const refundRequests = () => stripeApi.requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds");
const newOrder = () => db.transaction((tx) => createPaidOrder(tx, orderInput({ stripePaymentIntent: `pi_test_${randomUUID().slice(0, 8)}` })));
const refundsOf = (orderId: number) => db.select().from(orderRefunds).where(eq(orderRefunds.orderId, orderId)).orderBy(orderRefunds.id);
const backdate = (orderId: number) => db.update(orderRefunds).set({ createdAt: sql`now() - interval '10 minutes'` }).where(eq(orderRefunds.orderId, orderId));
const fiveMinutesAgo = () => new Date(Date.now() - 5 * 60_000);

describe("finishing refunds left pending (Stripe)", () => {
  it("a refund Stripe did not answer is finished by two parallel sweeps with the form's key, once", async () => {
    const order = await newOrder();
    const form = { number: order.number, amountCents: 2000, idempotencyKey: randomUUID() };
    stripeApi.failNext(2, 500);
    await expect(refundOrder(deps, owner, form)).rejects.toMatchObject({ kind: "Conflict", message: expect.stringContaining("pending") });
    expect(await refundsOf(order.id)).toMatchObject([{ status: "pending" }]);
    await backdate(order.id);

    const before = refundRequests().length;
    await Promise.all([finishPendingRefunds(deps, { olderThan: fiveMinutesAgo() }), finishPendingRefunds(deps, { olderThan: fiveMinutesAgo() })]);
    const sent = refundRequests().slice(before);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(new Set(sent.map((r) => r.headers["idempotency-key"]))).toEqual(new Set([`order-refund:${form.idempotencyKey}`]));
    expect(sent[0]!.form.get("amount")).toBe("2000");

    const [row] = await refundsOf(order.id);
    expect(row).toMatchObject({ status: "succeeded", amountCents: 2000, stripeRefundId: expect.stringMatching(/^re_test_/) });
    expect(await db.select().from(orders).where(eq(orders.id, order.id))).toMatchObject([{ status: "paid", refundedCents: 2000 }]);
    expect(await db.$count(orderEvents, eq(orderEvents.orderId, order.id))).toBeGreaterThanOrEqual(1);
    expect((await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id))).filter((e) => e.kind === "refunded")).toHaveLength(1);

    // the form sent again afterwards finds the finished refund and refunds nothing more
    expect(await refundOrder(deps, owner, form)).toMatchObject({ id: row!.id, status: "succeeded" });
    expect(refundRequests().length).toBe(before + sent.length);
  });

  it("a refund Stripe refuses on the sweep's asking is marked failed and frees its amount", async () => {
    const order = await newOrder();
    const [row] = await db.insert(orderRefunds).values({ orderId: order.id, amountCents: 1500, paymentCents: 1500, giftCardCents: 0, idempotencyKey: randomUUID() }).returning();
    await backdate(order.id);
    stripeApi.failNext(1, 400);
    expect(await finishPendingRefunds(deps, { olderThan: fiveMinutesAgo() })).toMatchObject({ refused: 1 });
    expect(await refundsOf(order.id)).toMatchObject([{ id: row!.id, status: "failed", failureMessage: expect.any(String) }]);
  });

  it("a refund Stripe still does not answer stays pending for the next sweep", async () => {
    const order = await newOrder();
    await db.insert(orderRefunds).values({ orderId: order.id, amountCents: 1500, paymentCents: 1500, giftCardCents: 0, idempotencyKey: randomUUID() });
    await backdate(order.id);
    stripeApi.failNext(2, 500);
    expect(await finishPendingRefunds(deps, { olderThan: fiveMinutesAgo() })).toMatchObject({ noAnswer: 1 });
    expect(await refundsOf(order.id)).toMatchObject([{ status: "pending" }]);
    expect(await finishPendingRefunds(deps, { olderThan: fiveMinutesAgo() })).toMatchObject({ succeeded: 1 });
    expect(await refundsOf(order.id)).toMatchObject([{ status: "succeeded" }]);
  });
});
