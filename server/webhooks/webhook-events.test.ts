import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cartItems, checkouts, orderItems, orders, paymentAnomalies, photos, products, subscribers } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer, type StartedCheckout } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { queuedJobs } from "../../test/jobs";
import { capturingLogger, ERROR_LEVEL } from "../../test/log-capture";
import { getCheckoutOutcome } from "../checkout/checkout-outcome";
import { createPayments } from "../integrations/payments/index";
import { stripeShapedEvent } from "../integrations/payments/stripe-shaped-events";
import { ORDER_NUMBER_PATTERN } from "../orders/order-number";

const database = await testDatabase();
const db = database.db;
const secret = "whsec_events_test_secret";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const payments = createPayments(env);
const { log, lines } = capturingLogger();
const webhook = webhookDeliverer({ db, env, payments, log }, secret);

const ordersFor = (checkout: StartedCheckout) => db.select().from(orders).where(eq(orders.checkoutId, checkout.id));
const cartSize = async (checkout: StartedCheckout) =>
  (await db.select().from(cartItems).where(eq(cartItems.cartId, checkout.cartId!))).length;
const statusOf = async (checkout: StartedCheckout) => (await db.select().from(checkouts).where(eq(checkouts.id, checkout.id)))[0]!.status;
const anomaliesFor = (checkout: StartedCheckout) => db.select().from(paymentAnomalies).where(eq(paymentAnomalies.providerSessionId, checkout.providerSessionId!));
const completed = (checkout: StartedCheckout, overrides = {}) => checkoutSessionEvent("checkout.session.completed", paidSession(checkout, overrides));

describe("checkout.session.completed with payment_status paid", () => {
  it("makes the order with its items copied, the subscriber, the emptied cart and the confirmation mail, together", async () => {
    const checkout = await startCheckout(db, payments, {
      email: "Ada.Shopper@Example.com",
      newsletterOptIn: true,
      items: [
        { priceCents: 4500, quantity: 2, title: "Harbour at Dawn" },
        { priceCents: 0, quantity: 1, title: "A Free Proof" },
        { priceCents: 6500, quantity: 1, kind: "product", title: "The Photo Book" },
      ],
    });
    const [bookBefore] = await db.select().from(products).where(eq(products.title, "The Photo Book"));
    const reply = await webhook.deliver(completed(checkout));
    expect(reply).toEqual({ status: 200, body: { received: true, outcome: "applied" } });

    const [order] = await ordersFor(checkout);
    expect(order).toMatchObject({
      status: "paid",
      email: "ada.shopper@example.com",
      customerName: "Ada Lovelace",
      subtotalCents: 15500,
      totalCents: 15500,
      stripeCheckoutId: checkout.providerSessionId,
      stripePaymentIntent: `pi_test_${checkout.id.slice(0, 8)}`,
      shippingAddress: { name: "Ada Lovelace", line1: "12 Harbour Road", line2: null, city: "Montauk", state: "NY", postalCode: "11954", country: "US" },
    });
    expect(order!.number).toMatch(ORDER_NUMBER_PATTERN);
    expect(order!.paidAt).toBeInstanceOf(Date);

    const items = await db.select().from(orderItems).where(eq(orderItems.orderId, order!.id)).orderBy(orderItems.id);
    expect(items.map((i) => ({ title: i.title, description: i.description, unit: i.unitPriceCents, quantity: i.quantity, total: i.totalCents }))).toEqual(
      checkout.lines.map((l) => ({ title: l.title, description: l.description, unit: l.unitPriceCents, quantity: l.quantity, total: l.lineTotalCents })),
    );
    // finding 46: the free proof keeps its zero price and its (short) description as sold
    expect(items.find((i) => i.title === "A Free Proof")).toMatchObject({ unitPriceCents: 0, totalCents: 0, description: "12 × 8 in · Fine-art paper" });

    // copied, not referenced: renaming the photo later does not rewrite the order
    await db.update(photos).set({ title: "Renamed" }).where(eq(photos.title, "Harbour at Dawn"));
    const [kept] = await db.select().from(orderItems).where(eq(orderItems.title, "Harbour at Dawn"));
    expect(kept?.orderId).toBe(order!.id);

    const [subscriber] = await db.select().from(subscribers).where(eq(subscribers.email, "ada.shopper@example.com"));
    expect(subscriber?.source).toBe("purchase");
    expect(await cartSize(checkout)).toBe(0);
    expect(await statusOf(checkout)).toBe("paid");
    const [book] = await db.select().from(products).where(eq(products.id, bookBefore!.id));
    expect(book!.stock).toBe(bookBefore!.stock - 1);

    const jobs = await queuedJobs(db, { key: `order-confirmation:${order!.number}` });
    expect(jobs).toHaveLength(1);
    // The job renders the mail from the stored order (server/orders/confirmation-mail.test.ts reads it).
    expect(jobs[0]).toMatchObject({ task: "send_order_confirmation", payload: { orderNumber: order!.number } });

    const outcome = await getCheckoutOutcome(db, { providerSessionId: checkout.providerSessionId, shopperSessionId: checkout.shopperSessionId });
    expect(outcome).toMatchObject({ state: "placed", order: { number: order!.number, totalCents: 15500 } });
  });

  it("adds no subscriber when the shopper did not opt in", async () => {
    const checkout = await startCheckout(db, payments, { email: "quiet@example.com", newsletterOptIn: false });
    await webhook.deliver(completed(checkout));
    expect(await db.select().from(subscribers).where(eq(subscribers.email, "quiet@example.com"))).toHaveLength(0);
  });

  it("a duplicate event id answers 200 and does nothing more", async () => {
    const checkout = await startCheckout(db, payments);
    const event = completed(checkout);
    expect((await webhook.deliver(event)).body.outcome).toBe("applied");
    expect(await webhook.deliver(event)).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    const made = await ordersFor(checkout);
    expect(made).toHaveLength(1);
    expect(await queuedJobs(db, { key: `order-confirmation:${made[0]!.number}` })).toHaveLength(1);
  });

  it("a second event for the same session (another event id) makes no second order", async () => {
    const checkout = await startCheckout(db, payments);
    await webhook.deliver(completed(checkout));
    const again = await webhook.deliver(checkoutSessionEvent("checkout.session.async_payment_succeeded", paidSession(checkout)));
    expect(again).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await webhook.deliver(completed(checkout))).toMatchObject({ status: 200, body: { outcome: "ignored" } });
    expect(await ordersFor(checkout)).toHaveLength(1);
  });

  it("the unique stripe_checkout_id refuses a second order row for one session even outside the webhook", async () => {
    const checkout = await startCheckout(db, payments);
    await webhook.deliver(completed(checkout));
    const [order] = await ordersFor(checkout);
    const copy = { ...order!, id: undefined, number: "PR-2099-999999", checkoutId: null };
    await expect(db.insert(orders).values(copy)).rejects.toMatchObject({ cause: { code: "23505", constraint_name: "orders_stripeCheckoutId_unique" } });
  });
});

describe("events out of order and delayed payments", () => {
  it("an expiry after payment changes nothing", async () => {
    const checkout = await startCheckout(db, payments);
    await webhook.deliver(completed(checkout));
    const expired = checkoutSessionEvent("checkout.session.expired", paidSession(checkout, { status: "expired", paymentStatus: "unpaid" }));
    expect(await webhook.deliver(expired)).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await statusOf(checkout)).toBe("paid");
    expect((await ordersFor(checkout))[0]?.status).toBe("paid");
  });

  it("an expiry before payment releases the checkout and keeps the cart", async () => {
    const checkout = await startCheckout(db, payments);
    const expired = checkoutSessionEvent("checkout.session.expired", paidSession(checkout, { status: "expired", paymentStatus: "unpaid" }));
    expect((await webhook.deliver(expired)).body.outcome).toBe("applied");
    expect(await statusOf(checkout)).toBe("expired");
    expect(await ordersFor(checkout)).toHaveLength(0);
    expect(await cartSize(checkout)).toBe(1);
  });

  it("an unpaid completion waits; async_payment_succeeded then makes the order", async () => {
    const checkout = await startCheckout(db, payments);
    expect((await webhook.deliver(completed(checkout, { paymentStatus: "unpaid" }))).body.outcome).toBe("applied");
    expect(await ordersFor(checkout)).toHaveLength(0);
    expect(await statusOf(checkout)).toBe("awaiting_payment");
    expect(await cartSize(checkout)).toBe(1);
    expect(await getCheckoutOutcome(db, { providerSessionId: checkout.providerSessionId, shopperSessionId: checkout.shopperSessionId })).toEqual({
      state: "awaiting_payment",
      email: checkout.email,
    });

    const succeeded = checkoutSessionEvent("checkout.session.async_payment_succeeded", paidSession(checkout));
    expect((await webhook.deliver(succeeded)).body.outcome).toBe("applied");
    expect(await ordersFor(checkout)).toHaveLength(1);
    expect(await cartSize(checkout)).toBe(0);
  });

  it("an unpaid completion followed by async_payment_failed makes no order and releases the checkout", async () => {
    const checkout = await startCheckout(db, payments);
    await webhook.deliver(completed(checkout, { paymentStatus: "unpaid" }));
    const failed = checkoutSessionEvent("checkout.session.async_payment_failed", paidSession(checkout, { paymentStatus: "unpaid" }));
    expect((await webhook.deliver(failed)).body.outcome).toBe("applied");
    expect(await statusOf(checkout)).toBe("payment_failed");
    expect(await ordersFor(checkout)).toHaveLength(0);
    expect(await cartSize(checkout)).toBe(1);
  });
});

describe("anomalies: recorded, logged at error level, nothing fulfilled, 200", () => {
  it("a paid total that differs from ours", async () => {
    const checkout = await startCheckout(db, payments);
    const reply = await webhook.deliver(completed(checkout, { amountTotalCents: checkout.totalCents - 100 }));
    expect(reply).toEqual({ status: 200, body: { received: true, outcome: "anomaly" } });
    expect(await ordersFor(checkout)).toHaveLength(0);
    expect(await cartSize(checkout)).toBe(1);
    const [anomaly] = await anomaliesFor(checkout);
    expect(anomaly).toMatchObject({ kind: "amount_mismatch", checkoutId: checkout.id, details: { expectedCents: checkout.totalCents, paidCents: checkout.totalCents - 100 } });
    expect(lines.some((l) => l.level === ERROR_LEVEL && l.anomaly === "amount_mismatch" && l.checkoutId === checkout.id)).toBe(true);
  });

  it("a paid currency that differs from ours", async () => {
    const checkout = await startCheckout(db, payments);
    expect((await webhook.deliver(completed(checkout, { currency: "eur" }))).body.outcome).toBe("anomaly");
    expect((await anomaliesFor(checkout))[0]?.kind).toBe("amount_mismatch");
    expect(await ordersFor(checkout)).toHaveLength(0);
  });

  it("an unknown checkout, and a reference that is not even an id", async () => {
    const checkout = await startCheckout(db, payments);
    const stranger = completed(checkout, { checkoutId: "6f1c1b7e-0000-4000-8000-000000000000" });
    expect((await webhook.deliver(stranger)).body.outcome).toBe("anomaly");
    const garbage = completed(checkout, { checkoutId: "not-a-uuid'; drop table orders; --" });
    expect((await webhook.deliver(garbage)).body.outcome).toBe("anomaly");
    const recorded = await anomaliesFor(checkout);
    expect(recorded.map((a) => a.kind)).toEqual(["unknown_checkout", "unknown_checkout"]);
    expect(await ordersFor(checkout)).toHaveLength(0);
    expect(lines.some((l) => l.level === ERROR_LEVEL && l.anomaly === "unknown_checkout")).toBe(true);
  });

  it("a session id that is not the one our checkout opened", async () => {
    const checkout = await startCheckout(db, payments);
    expect((await webhook.deliver(completed(checkout, { id: "cs_test_other_session" }))).body.outcome).toBe("anomaly");
    expect(await ordersFor(checkout)).toHaveLength(0);
  });

  it("a livemode that does not match our key's mode", async () => {
    const checkout = await startCheckout(db, payments);
    const live = completed(checkout, { livemode: true });
    expect(live.livemode).toBe(true);
    expect((await webhook.deliver(live)).body.outcome).toBe("anomaly");
    expect((await anomaliesFor(checkout))[0]?.kind).toBe("livemode_mismatch");
    expect(await ordersFor(checkout)).toHaveLength(0);
    expect(lines.some((l) => l.level === ERROR_LEVEL && l.anomaly === "livemode_mismatch")).toBe(true);
  });

  it("a replay of an anomalous event is a duplicate and records nothing twice", async () => {
    const checkout = await startCheckout(db, payments);
    const event = completed(checkout, { amountTotalCents: 1 });
    await webhook.deliver(event);
    expect((await webhook.deliver(event)).body.outcome).toBe("duplicate");
    expect(await anomaliesFor(checkout)).toHaveLength(1);
  });
});

describe("charge.refunded", () => {
  const refund = (paymentIntent: string, amount: number, refunded: number) =>
    stripeShapedEvent("charge.refunded", { id: `ch_${Math.random().toString(36).slice(2)}`, object: "charge", amount, amount_refunded: refunded, refunded: amount === refunded, payment_intent: paymentIntent, currency: "usd" });

  it("a partial refund is recorded; the full refund marks the order refunded", async () => {
    const checkout = await startCheckout(db, payments);
    await webhook.deliver(completed(checkout));
    const [order] = await ordersFor(checkout);
    expect((await webhook.deliver(refund(order!.stripePaymentIntent!, order!.totalCents, 1000))).body.outcome).toBe("applied");
    expect((await ordersFor(checkout))[0]).toMatchObject({ status: "paid", refundedCents: 1000 });
    await webhook.deliver(refund(order!.stripePaymentIntent!, order!.totalCents, order!.totalCents));
    expect((await ordersFor(checkout))[0]).toMatchObject({ status: "refunded", refundedCents: order!.totalCents });
  });

  it("a refund of a payment we have no order for is an anomaly", async () => {
    const reply = await webhook.deliver(refund("pi_unknown", 500, 500));
    expect(reply.body.outcome).toBe("anomaly");
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from payment_anomalies where kind = 'unknown_payment'`);
    expect(row?.n).toBe(1);
  });
});
