// Refunds in Stripe mode: the real SDK against the Stripe API stand-in, and Stripe's webhook after.
import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../../db/client";
import { orderRefunds, orders } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { webhookDeliverer } from "../../../test/checkout-helpers";
import { testDatabase } from "../../../test/database";
import { orderInput } from "../../../test/factories";
import { startStripeApiServer } from "../../../test/stripe-api-server";
import { createPayments } from "../../integrations/payments/index";
import { stripeShapedEvent } from "../../integrations/payments/stripe-shaped-events";
import { createLogger } from "../../log";
import { createPaidOrder } from "../../orders/create-order";
import { refundOrder } from "./refund";

const database = await testDatabase();
const wide = connect(database.url, { max: 25 });
afterAll(() => wide.close());
const db = wide.db;
const stripeApi = await startStripeApiServer();
const secret = "whsec_admin_refunds_stripe";
const env = testEnv({ STRIPE_SECRET_KEY: "sk_test_printroom", STRIPE_WEBHOOK_SECRET: secret, STRIPE_API_BASE: stripeApi.url, STRIPE_MAX_NETWORK_RETRIES: "1" });
const payments = createPayments(env);
const log = createLogger("silent");
const deps = { db, payments, log };
const webhook = webhookDeliverer({ db, env, payments, log }, secret);
const owner = { email: "owner@example.com" };

const key = () => randomUUID();
const refundRequests = () => stripeApi.requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds");
const newOrder = () => db.transaction((tx) => createPaidOrder(tx, orderInput({ stripePaymentIntent: `pi_test_${randomUUID().slice(0, 8)}` })));
const orderRow = (id: number) => db.select().from(orders).where(eq(orders.id, id)).then((rows) => rows[0]!);
const refundsOf = (orderId: number) => db.select().from(orderRefunds).where(eq(orderRefunds.orderId, orderId)).orderBy(orderRefunds.id);

describe("refunds through Stripe", () => {
  it("parallel requests make one Stripe refund with the form's idempotency key; the webhook after it changes nothing more", async () => {
    const order = await newOrder();
    const before = refundRequests().length;
    const doubleClick = key();
    const results = await Promise.allSettled([doubleClick, doubleClick, key(), key(), key()].map((k) => refundOrder(deps, owner, { number: order.number, amountCents: 4500, idempotencyKey: k })));
    const succeeded = results.filter((r) => r.status === "fulfilled");
    expect(new Set(succeeded.map((r) => r.value.id)).size).toBe(1);
    const sent = refundRequests().slice(before);
    expect(new Set(sent.map((r) => r.headers["idempotency-key"]))).toEqual(new Set([`order-refund:${succeeded[0]!.value.idempotencyKey}`]));
    expect(sent[0]!.form.get("payment_intent")).toBe(order.stripePaymentIntent);
    expect(sent[0]!.form.get("amount")).toBe("4500");
    expect(await refundsOf(order.id)).toMatchObject([{ status: "succeeded", paymentCents: 4500, stripeRefundId: expect.stringMatching(/^re_test_/) }]);
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: 4500 });

    const charge = { id: "ch_test_1", object: "charge", amount: 4500, amount_refunded: 4500, refunded: true, payment_intent: order.stripePaymentIntent, currency: "usd" };
    expect((await webhook.deliver(stripeShapedEvent("charge.refunded", charge))).body.outcome).toBe("applied");
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: 4500 });
  });

  it("a refund Stripe refuses is recorded as failed and frees its amount", async () => {
    const order = await newOrder();
    stripeApi.failNext(1, 400);
    await expect(refundOrder(deps, owner, { number: order.number, amountCents: 4500, idempotencyKey: key() })).rejects.toMatchObject({ kind: "Conflict", message: expect.stringContaining("refused") });
    expect(await refundsOf(order.id)).toMatchObject([{ status: "failed", failureMessage: expect.any(String) }]);
    await refundOrder(deps, owner, { number: order.number, amountCents: 4500, idempotencyKey: key() });
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: 4500 });
  });

  it("when Stripe does not answer the refund stays pending, holding its amount, and the same form sent again finishes it", async () => {
    const order = await newOrder();
    const form = { number: order.number, amountCents: 2000, idempotencyKey: key() };
    stripeApi.failNext(2, 500);
    await expect(refundOrder(deps, owner, form)).rejects.toMatchObject({ kind: "Conflict", message: expect.stringContaining("pending") });
    expect(await refundsOf(order.id)).toMatchObject([{ status: "pending" }]);
    await expect(refundOrder(deps, owner, { number: order.number, amountCents: 4500, idempotencyKey: key() })).rejects.toMatchObject({ message: "At most $25 is left to refund on this order." });
    expect(await refundOrder(deps, owner, form)).toMatchObject({ status: "succeeded", amountCents: 2000 });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", refundedCents: 2000 });
  });
});
