import { sql } from "drizzle-orm";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createPayments } from "../integrations/payments/index";
import { createLogger } from "../log";

const database = await testDatabase();
const db = database.db;
const secret = "whsec_signature_test_secret";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const payments = createPayments(env);
const webhook = webhookDeliverer({ db, env, payments, log: createLogger("silent") }, secret);

async function writes() {
  const [row] = await db.execute<{ events: number; orders: number; anomalies: number }>(sql`select
    (select count(*)::int from processed_webhook_events) as events,
    (select count(*)::int from orders) as orders,
    (select count(*)::int from payment_anomalies) as anomalies`);
  return row!;
}

async function completedEvent() {
  const checkout = await startCheckout(db, payments);
  return checkoutSessionEvent("checkout.session.completed", paidSession(checkout));
}

describe("the webhook verifies Stripe's signature on the raw body", () => {
  it("accepts an event signed with our secret and applies it", async () => {
    const event = await completedEvent();
    const reply = await webhook.deliver(event);
    expect(reply).toEqual({ status: 200, body: { received: true, outcome: "applied" } });
  });

  it("rejects a tampered body with 400 and writes nothing", async () => {
    const event = await completedEvent();
    const before = await writes();
    const payload = JSON.stringify(event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
    const tampered = payload.replace(/"amount_total": \d+/, '"amount_total": 1');
    expect(tampered).not.toBe(payload);
    const reply = await webhook.post(tampered, signature);
    expect(reply.status).toBe(400);
    expect(reply.body.received).toBe(false);
    expect(await writes()).toEqual(before);
  });

  it("rejects an event signed with another secret with 400 and writes nothing", async () => {
    const event = await completedEvent();
    const before = await writes();
    const reply = await webhook.deliver(event, { secret: "whsec_someone_else" });
    expect(reply.status).toBe(400);
    expect(await writes()).toEqual(before);
  });

  it("rejects a signature older than the 300 second tolerance, and accepts one just inside it", async () => {
    const event = await completedEvent();
    const before = await writes();
    const now = Math.floor(Date.now() / 1000);
    expect((await webhook.deliver(event, { timestamp: now - 301 })).status).toBe(400);
    expect(await writes()).toEqual(before);
    expect((await webhook.deliver(event, { timestamp: now - 290 })).status).toBe(200);
  });

  it("rejects a request without a Stripe-Signature header, or with a garbled one", async () => {
    const event = await completedEvent();
    const before = await writes();
    const payload = JSON.stringify(event);
    expect((await webhook.post(payload, null)).status).toBe(400);
    expect((await webhook.post(payload, "t=123,v1=abc")).status).toBe(400);
    expect((await webhook.post(payload, "nonsense")).status).toBe(400);
    expect(await writes()).toEqual(before);
  });

  it("rejects a correctly signed event that is not shaped like the type it claims, writing nothing", async () => {
    const before = await writes();
    const reply = await webhook.deliver({ id: "evt_malformed", object: "event", type: "checkout.session.completed", livemode: false, created: 1, data: { object: { id: 42 } } });
    expect(reply.status).toBe(400);
    expect(await writes()).toEqual(before);
  });

  it("records an event type it does not act on, and answers 200", async () => {
    const reply = await webhook.deliver({ id: "evt_plan_created", object: "event", type: "plan.created", livemode: false, created: 1, data: { object: { id: "price_1", object: "plan" } } });
    expect(reply).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    const [row] = await db.execute<{ type: string }>(sql`select type from processed_webhook_events where id = 'evt_plan_created'`);
    expect(row?.type).toBe("plan.created");
  });

  it("answers 405 to anything but POST", async () => {
    const { action } = await import("../../app/routes/webhooks.stripe");
    const response = (await action({ request: new Request("http://localhost/webhooks/stripe", { method: "PUT", body: "{}" }), context: {} as never, params: {} })) as Response;
    expect(response.status).toBe(405);
  });
});
