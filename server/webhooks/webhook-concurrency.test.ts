import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { cartItems, checkouts, orderItems, orders } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer, type StartedCheckout } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { queuedJobs } from "../../test/jobs";
import { createPayments } from "../integrations/payments/index";
import { createLogger } from "../log";

const database = await testDatabase();
const secret = "whsec_concurrency_test_secret";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const payments = createPayments(env);
// A pool as wide as the burst, so every delivery really runs in its own transaction at once.
const wide = connect(database.url, { max: 20 });
afterAll(() => wide.close());
const db = wide.db;
const webhook = webhookDeliverer({ db, env, payments, log: createLogger("silent") }, secret);

const ordersFor = (checkout: StartedCheckout) => db.select().from(orders).where(eq(orders.checkoutId, checkout.id));

describe("concurrent deliveries", () => {
  it("the same completed event delivered 20 times in parallel makes exactly one order", async () => {
    const checkout = await startCheckout(db, payments);
    const event = checkoutSessionEvent("checkout.session.completed", paidSession(checkout));
    const replies = await Promise.all(Array.from({ length: 20 }, () => webhook.deliver(event)));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(replies.filter((r) => r.body.outcome === "applied")).toHaveLength(1);
    expect(replies.filter((r) => r.body.outcome === "duplicate")).toHaveLength(19);
    const made = await ordersFor(checkout);
    expect(made).toHaveLength(1);
    expect(await db.select().from(orderItems).where(eq(orderItems.orderId, made[0]!.id))).toHaveLength(1);
    expect(await queuedJobs(db, { key: `order-confirmation:${made[0]!.number}` })).toHaveLength(1);
  });

  it("20 different events for the same session in parallel make exactly one order", async () => {
    const checkout = await startCheckout(db, payments);
    const events = Array.from({ length: 20 }, (_, i) =>
      checkoutSessionEvent(i % 2 ? "checkout.session.completed" : "checkout.session.async_payment_succeeded", paidSession(checkout)),
    );
    const replies = await Promise.all(events.map((e) => webhook.deliver(e)));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(replies.filter((r) => r.body.outcome === "applied")).toHaveLength(1);
    expect(replies.filter((r) => r.body.outcome === "ignored")).toHaveLength(19);
    expect(await ordersFor(checkout)).toHaveLength(1);
  });
});

describe("crash safety", () => {
  it("a failure after the order row is written rolls everything back; redelivery then makes one complete order", async () => {
    const checkout = await startCheckout(db, payments, { newsletterOptIn: true, email: "crash@example.com", items: [{ priceCents: 4500, quantity: 1 }, { priceCents: 9500, quantity: 3 }] });
    const event = checkoutSessionEvent("checkout.session.completed", paidSession(checkout));
    // The order row is inserted first; the items insert then fails, as a crash between the two would.
    await db.execute(sql`create function fail_order_items() returns trigger language plpgsql as $$
      begin raise exception 'injected failure after the order row was written'; end $$`);
    await db.execute(sql`create trigger fail_order_items before insert on order_items for each statement execute function fail_order_items()`);
    const sequenceBefore = await db.execute<{ n: string }>(sql`select last_value::text as n from order_number_seq`);

    const failed = await webhook.deliver(event);
    expect(failed.status).toBe(500);
    const sequenceAfter = await db.execute<{ n: string }>(sql`select last_value::text as n from order_number_seq`);
    expect(Number(sequenceAfter[0]!.n)).toBeGreaterThan(Number(sequenceBefore[0]!.n)); // the order row was really written
    expect(await ordersFor(checkout)).toHaveLength(0);
    expect(await db.select().from(cartItems).where(eq(cartItems.cartId, checkout.cartId!))).toHaveLength(2);
    expect((await db.select().from(checkouts).where(eq(checkouts.id, checkout.id)))[0]?.status).toBe("open");
    expect(await db.execute(sql`select 1 from processed_webhook_events where id = ${event.id}`)).toHaveLength(0);
    expect(await db.execute(sql`select 1 from subscribers where email = 'crash@example.com'`)).toHaveLength(0);
    expect(await queuedJobs(db, { task: "send_mail" }).then((jobs) => jobs.filter((j) => (j.payload as { to?: string }).to === "crash@example.com"))).toHaveLength(0);

    await db.execute(sql`drop trigger fail_order_items on order_items`);
    const redelivered = await webhook.deliver(event);
    expect(redelivered).toEqual({ status: 200, body: { received: true, outcome: "applied" } });
    const [order] = await ordersFor(checkout);
    expect(await db.select().from(orderItems).where(eq(orderItems.orderId, order!.id))).toHaveLength(2);
    expect(order!.totalCents).toBe(4500 + 3 * 9500);
    expect(await db.select().from(cartItems).where(eq(cartItems.cartId, checkout.cartId!))).toHaveLength(0);
    expect(await queuedJobs(db, { key: `order-confirmation:${order!.number}` })).toHaveLength(1);
  });
});

