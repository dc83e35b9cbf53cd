// The admin.orders procedures through the real router and guard: list, order page, each step and
// a refund, each change with its audit row.
import { and, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditLog, orders } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer } from "../../../test/checkout-helpers";
import { testDatabase } from "../../../test/database";
import { createGiftCard, orderInput } from "../../../test/factories";
import { routeContext } from "../../../test/route-context";
import { startWebhookRouteServer } from "../../../test/webhook-route-server";
import { createPayments } from "../../integrations/payments/index";
import { createLocalPayments } from "../../integrations/payments/local-payments";
import { createLogger } from "../../log";
import { createPaidOrder } from "../../orders/create-order";
import { createCaller } from "../../trpc/root";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";

const database = await testDatabase();
const db = database.db;
const secret = "whsec_admin_orders_router";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const log = createLogger("silent");
const checkoutPayments = createPayments(env);
const webhookRoute = await startWebhookRouteServer({ db, env, payments: checkoutPayments, log });
const payments = createLocalPayments({ webhookSecret: secret, publicUrl: webhookRoute.origin });
const webhook = webhookDeliverer({ db, env, payments: checkoutPayments, log }, secret);

const owner = await createAdminUser(db, { email: "owner@example.com", password: "a long enough owner password" });
const token = await startAdminSession(db, owner.id);
const admin = createCaller(routeContext(db, env, { adminSessionToken: token, payments, log }));
const anonymous = createCaller(routeContext(db, env, { adminSessionToken: undefined }));

const auditRows = (action: string, number: string) => db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.subjectId, number)));

describe("admin.orders", () => {
  it("answers a caller without a back-office session 401, whatever it asks", async () => {
    await expect(anonymous.admin.orders.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.admin.orders.move({ number: "PR-1", to: "cancelled" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.admin.orders.refund({ number: "PR-1", amountCents: 100, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("lists by search (number, e-mail, name), status and dates, a page at a time", async () => {
    for (let i = 0; i < 26; i++) await db.transaction((tx) => createPaidOrder(tx, orderInput({ email: `buyer-${i}@example.com`, customerName: i === 3 ? "Grace O'Hara" : `Buyer ${i}` })));
    const first = await admin.admin.orders.list({});
    expect(first.rows).toHaveLength(25);
    expect(first.matching).toBeGreaterThanOrEqual(26);
    const second = await admin.admin.orders.list({ before: first.nextBefore! });
    expect(second.rows.map((r) => r.number)).not.toContain(first.rows[0]!.number);

    expect((await admin.admin.orders.list({ q: "o'hara" })).rows.map((r) => r.customerName)).toEqual(["Grace O'Hara"]);
    expect((await admin.admin.orders.list({ q: "BUYER-7@" })).rows.map((r) => r.email)).toEqual(["buyer-7@example.com"]);
    const byNumber = await admin.admin.orders.list({ q: first.rows[4]!.number.toLowerCase() });
    expect(byNumber.rows.map((r) => r.number)).toEqual([first.rows[4]!.number]);
    expect((await admin.admin.orders.list({ q: "100%_" })).rows).toEqual([]);

    const cancelled = first.rows[5]!.number;
    await admin.admin.orders.move({ number: cancelled, to: "cancelled" });
    expect((await admin.admin.orders.list({ status: "cancelled" })).rows.map((r) => r.number)).toEqual([cancelled]);
    expect(await auditRows("order.cancelled", cancelled)).toMatchObject([{ adminUserId: owner.id, before: { status: "paid" }, after: { status: "cancelled" } }]);

    await db.update(orders).set({ createdAt: new Date("2026-01-15T12:00:00Z") }).where(eq(orders.number, cancelled));
    expect((await admin.admin.orders.list({ from: "2026-01-15", to: "2026-01-15" })).rows.map((r) => r.number)).toEqual([cancelled]);
    expect((await admin.admin.orders.list({ to: "2026-01-14" })).rows).toEqual([]);
    await expect(admin.admin.orders.list({ from: "2026-02-01", to: "2026-01-01" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.admin.orders.list({ from: "2026-02-30" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("each step and a refund change the order page and write an audit row; a repeat writes none", async () => {
    const card = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 2500 });
    const checkout = await startCheckout(db, checkoutPayments, { env, giftCardCode: card.code });
    await webhook.deliver(checkoutSessionEvent("checkout.session.completed", paidSession(checkout)));
    const [{ number }] = (await db.select({ number: orders.number }).from(orders).where(eq(orders.checkoutId, checkout.id))) as [{ number: string }];

    const paid = await admin.admin.orders.get({ number });
    expect(paid).toMatchObject({ status: "paid", paymentCents: 6500, giftCardCents: 2500, refundable: { paymentCents: 6500, giftCardCents: 2500 }, actions: ["in_production", "ship", "cancelled", "refund"] });
    expect(paid.amounts.find((l) => l.kind === "gift_card")).toMatchObject({ label: `Gift card ending in ${card.card.codeLast4}`, cents: -2500 });
    expect(paid.shippingAddress).toMatchObject({ city: "Montauk" });

    await admin.admin.orders.move({ number, to: "in_production" });
    await admin.admin.orders.move({ number, to: "in_production" });
    await admin.admin.orders.ship({ number, carrier: "USPS", trackingNumber: "9400100000000000000000" });
    await admin.admin.orders.ship({ number, carrier: "USPS", trackingNumber: "9400100000000000000000" });
    await admin.admin.orders.ship({ number, carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    await admin.admin.orders.refund({ number, amountCents: 1500, idempotencyKey: "refund-form-0001-abcdef" });
    await admin.admin.orders.refund({ number, amountCents: 1500, idempotencyKey: "refund-form-0001-abcdef" });
    await admin.admin.orders.move({ number, to: "delivered" });

    expect(await auditRows("order.in_production", number)).toMatchObject([{ adminUserId: owner.id, before: { status: "paid" }, after: { status: "in_production" } }]);
    expect(await auditRows("order.ship", number)).toMatchObject([{ before: { status: "in_production", carrier: null }, after: { status: "shipped", carrier: "USPS" } }]);
    expect(await auditRows("order.tracking_change", number)).toMatchObject([{ before: { carrier: "USPS" }, after: { carrier: "UPS", trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA10123456784" } }]);
    expect(await auditRows("order.refund", number)).toMatchObject([{ after: { amountCents: 1500, paymentCents: 1500, giftCardCents: 0 } }]);
    expect(await auditRows("order.delivered", number)).toHaveLength(1);

    const page = await admin.admin.orders.get({ number });
    expect(page).toMatchObject({ status: "delivered", refundedPaymentCents: 1500, refundable: { paymentCents: 5000, giftCardCents: 2500 }, actions: ["refund"] });
    expect(page.events.map((e) => [e.kind, e.actor])).toEqual([
      ["in_production", owner.email],
      ["shipped", owner.email],
      ["tracking_changed", owner.email],
      ["refunded", owner.email],
      ["delivered", owner.email],
    ]);
    expect(page.refunds).toMatchObject([{ amountCents: 1500, status: "succeeded" }]);
    await expect(admin.admin.orders.get({ number: "PR-2026-999999" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(admin.admin.orders.refund({ number, amountCents: 6000, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("in whole") });
  });

  it("shows the payment anomalies recorded about an order", async () => {
    const order = await db.transaction((tx) => createPaidOrder(tx, orderInput({ stripePaymentIntent: "pi_with_anomaly" })));
    // What the webhook records for an event it could not apply to this payment.
    await db.execute(
      sql`insert into payment_anomalies (kind, event_id, event_type, details) values ('unknown_payment', 'evt_x', 'charge.refunded', ${JSON.stringify({ paymentIntentId: "pi_with_anomaly" })}::jsonb)`,
    );
    expect((await admin.admin.orders.get({ number: order.number })).anomalies).toMatchObject([{ kind: "unknown_payment", eventType: "charge.refunded" }]);
  });
});
