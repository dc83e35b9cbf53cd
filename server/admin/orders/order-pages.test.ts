// The back office's order pages through their loaders and actions: the guard, the list's filters,
// and the order page's forms (a double-posted refund form refunds once).
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action as orderAction, loader as orderLoader } from "../../../app/routes/admin.orders.$number";
import { loader as listLoader } from "../../../app/routes/admin.orders._index";
import { auditLog, orderRefunds, orders } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { orderInput } from "../../../test/factories";
import { queuedJobs } from "../../../test/jobs";
import { formPost, routeContext } from "../../../test/route-context";
import { startWebhookRouteServer } from "../../../test/webhook-route-server";
import { createPayments } from "../../integrations/payments/index";
import { createLocalPayments } from "../../integrations/payments/local-payments";
import { createLogger } from "../../log";
import { createPaidOrder } from "../../orders/create-order";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";
import type { AdminOrder } from "./order-detail";

const database = await testDatabase();
const db = database.db;
const secret = "whsec_admin_order_pages";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const log = createLogger("silent");
const webhookRoute = await startWebhookRouteServer({ db, env, payments: createPayments(env), log });
const payments = createLocalPayments({ webhookSecret: secret, publicUrl: webhookRoute.origin });
const owner = await createAdminUser(db, { email: "pages.owner@example.com", password: "a long enough owner password" });
const signedIn = routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id), payments, log });
const visitor = routeContext(db, env, { adminSessionToken: undefined });

const order = await db.transaction((tx) => createPaidOrder(tx, orderInput({ email: "pages@example.com", customerName: "Page Turner", stripePaymentIntent: "pi_pages" })));
const pageUrl = `http://shop.test/admin/orders/${order.number}`;
const params = { number: order.number };

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown response");
}
const post = (fields: Record<string, string>, context = signedIn, headers: Record<string, string> = {}) => {
  const request = formPost(pageUrl, fields);
  for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
  return orderAction({ request, context, params }) as Promise<Response>;
};
const orderPage = async () => ((await (await orderLoader({ request: new Request(pageUrl), context: signedIn, params })).json()) as { order: AdminOrder }).order;

describe("the order pages", () => {
  it("send a visitor without a back-office session to the login, and refuse a cross-site post", async () => {
    const list = await thrown(listLoader({ request: new Request("http://shop.test/admin/orders"), context: visitor, params: {} }));
    expect(list.status).toBe(303);
    expect(list.headers.get("location")).toBe(`/admin/login?next=${encodeURIComponent("/admin/orders")}`);
    expect((await thrown(post({ intent: "move", to: "cancelled" }, visitor))).status).toBe(303);
    const crossSite = await thrown(post({ intent: "move", to: "cancelled" }, signedIn, { origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" }));
    expect(crossSite.status).toBe(403);
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]!.status).toBe("paid");
  });

  it("the list finds the order by name and says what is wrong with a filter", async () => {
    const found = await (await listLoader({ request: new Request("http://shop.test/admin/orders?q=page+turner&status=paid"), context: signedIn, params: {} })).json();
    expect(found.rows.map((r: { number: string }) => r.number)).toEqual([order.number]);
    const refused = await listLoader({ request: new Request("http://shop.test/admin/orders?from=2026-13-01"), context: signedIn, params: {} });
    expect(refused.status).toBe(400);
    expect((await refused.json()).problem).toBe("That date does not exist.");
  });

  it("ships with the tracking form and refunds with the refund form; the same refund form posted twice refunds once", async () => {
    expect((await orderPage()).actions).toEqual(["in_production", "ship", "cancelled", "refund"]);
    const shipped = await post({ intent: "ship", carrier: "UPS", trackingNumber: "1Z999AA10123456784", trackingUrl: "" });
    expect(shipped.status).toBe(303);
    expect(shipped.headers.get("location")).toBe(`/admin/orders/${order.number}?done=ship`);
    expect(await queuedJobs(db, { key: `shipping-mail:${order.number}` })).toHaveLength(1);

    const missing = await post({ intent: "ship", carrier: "", trackingNumber: "" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).fieldErrors).toEqual({ carrier: "Please name the carrier.", trackingNumber: "Please enter the tracking number." });

    const page = await orderPage();
    expect(page.refundable).toEqual({ paymentCents: 4500, giftCardCents: 0 });
    const badAmount = await post({ intent: "refund", amount: "ten", idempotencyKey: page.refundFormKey });
    expect(badAmount.status).toBe(400);
    expect((await badAmount.json()).fieldErrors.amount).toBe("Enter the amount in dollars, such as 25 or 25.50.");
    const tooMuch = await post({ intent: "refund", amount: "50", idempotencyKey: page.refundFormKey });
    expect(tooMuch.status).toBe(409);
    expect((await tooMuch.json()).fieldErrors.amount).toBe("At most $45 is left to refund on this order.");

    const twice = await Promise.all([0, 1].map(() => post({ intent: "refund", amount: "10.50", idempotencyKey: page.refundFormKey })));
    expect(twice.map((r) => r.status)).toEqual([303, 303]);
    expect(await db.select({ amountCents: orderRefunds.amountCents, status: orderRefunds.status }).from(orderRefunds).where(eq(orderRefunds.orderId, order.id))).toEqual([{ amountCents: 1050, status: "succeeded" }]);
    const after = await orderPage();
    expect(after).toMatchObject({ refundedPaymentCents: 1050, refundable: { paymentCents: 3450 } });
    expect(after.refundFormKey).not.toBe(page.refundFormKey);
    expect(await db.$count(auditLog, and(eq(auditLog.subjectId, order.number), eq(auditLog.adminUserId, owner.id)))).toBe(2);
  });

  it("an unknown order is a 404", async () => {
    const missing = await thrown(orderLoader({ request: new Request("http://shop.test/admin/orders/PR-2026-999999"), context: signedIn, params: { number: "PR-2026-999999" } }));
    expect(missing.status).toBe(404);
  });
});
