import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkouts, orders } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { startCheckout } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { startWebhookRouteServer } from "../../test/webhook-route-server";
import { DomainError } from "../errors";
import { createPayments, isLocalPayments } from "../integrations/payments/index";
import { createLogger } from "../log";
import { getCheckoutOutcome } from "./checkout-outcome";
import { finishLocalTestCheckout, getLocalTestCheckout } from "./local-test-checkout";

const database = await testDatabase();
const db = database.db;
// No STRIPE_WEBHOOK_SECRET: local test mode makes one and keeps it in the data folder.
const env = testEnv({ STRIPE_SHIPPING_COUNTRIES: "US,GB" });
const payments = createPayments(env);
const webhookRoute = await startWebhookRouteServer({ db, env, payments, log: createLogger("silent") });
// The events go to the shop's configured address, here the server the webhook route listens on.
const deps = { db, env: { ...env, PUBLIC_URL: webhookRoute.origin }, payments };
const address = { name: "Test Shopper", line1: "1 Test Street", city: "Montauk", postalCode: "11954", country: "US" };

const reload = async (id: string) => (await db.select().from(checkouts).where(eq(checkouts.id, id)))[0]!;

describe("local test mode", () => {
  it("opens our own test page instead of Stripe's, for the checkout's exact lines", async () => {
    const checkout = await startCheckout(db, payments, { items: [{ priceCents: 4500, quantity: 2 }] });
    expect(checkout.url).toBe(`/checkout/local-payment/${checkout.providerSessionId}`);
    const page = await getLocalTestCheckout(deps, checkout.providerSessionId!);
    expect(page).toMatchObject({ status: "open", isExpired: false, email: checkout.email, totalCents: 9000, shippingCountries: ["US"] });
    expect(page.lines).toEqual(checkout.lines);
  });

  it("Pay sends a signed checkout.session.completed to the real webhook route over HTTP, which makes the order", async () => {
    const checkout = await startCheckout(db, payments);
    const before = webhookRoute.deliveries;
    const { outcome } = await finishLocalTestCheckout(deps, { sessionId: checkout.providerSessionId!, action: { intent: "pay", ...address } });
    expect(outcome).toBe("paid");
    expect(webhookRoute.deliveries).toBe(before + 1);
    const [order] = await db.select().from(orders).where(eq(orders.checkoutId, checkout.id));
    expect(order).toMatchObject({ status: "paid", totalCents: checkout.totalCents, shippingAddress: { ...address, line2: null, state: null } });
    expect(await getCheckoutOutcome(db, { providerSessionId: checkout.providerSessionId, shopperSessionId: checkout.shopperSessionId })).toMatchObject({
      state: "placed",
      order: { number: order!.number },
    });
    // another shopper with the link sees nothing
    expect(await getCheckoutOutcome(db, { providerSessionId: checkout.providerSessionId, shopperSessionId: "someone-else" })).toEqual({ state: "not_found" });
    await expect(
      finishLocalTestCheckout(deps, { sessionId: checkout.providerSessionId!, action: { intent: "pay", ...address } }),
    ).rejects.toThrow(/already paid/);
  });

  it("Let it expire sends checkout.session.expired, which releases the checkout", async () => {
    const checkout = await startCheckout(db, payments);
    const { outcome } = await finishLocalTestCheckout(deps, { sessionId: checkout.providerSessionId!, action: { intent: "expire" } });
    expect(outcome).toBe("expired");
    expect((await reload(checkout.id)).status).toBe("expired");
    expect(await db.select().from(orders).where(eq(orders.checkoutId, checkout.id))).toHaveLength(0);
  });

  it("Cancel sends nothing and returns to checkout, as Stripe's back link does", async () => {
    const checkout = await startCheckout(db, payments);
    const before = webhookRoute.deliveries;
    const { outcome } = await finishLocalTestCheckout(deps, { sessionId: checkout.providerSessionId!, action: { intent: "cancel" } });
    expect(outcome).toBe("cancelled");
    expect(webhookRoute.deliveries).toBe(before);
    expect((await reload(checkout.id)).status).toBe("open");
  });

  it("refuses to pay a session past its expiry, or to ship outside the country its shipping was priced for", async () => {
    const checkout = await startCheckout(db, payments);
    await expect(
      finishLocalTestCheckout(deps, { sessionId: checkout.providerSessionId!, action: { intent: "pay", ...address, country: "FR" } }),
    ).rejects.toThrow(/priced for US: start again from your cart to send it to FR/);
    await db.update(checkouts).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(checkouts.id, checkout.id));
    expect((await getLocalTestCheckout(deps, checkout.providerSessionId!)).isExpired).toBe(true);
    await expect(
      finishLocalTestCheckout(deps, { sessionId: checkout.providerSessionId!, action: { intent: "pay", ...address } }),
    ).rejects.toThrow(/expired/);
  });

  it("does not exist in production or in Stripe mode: 404", async () => {
    const checkout = await startCheckout(db, payments);
    const notFound = { kind: "NotFound" };
    await expect(getLocalTestCheckout({ ...deps, env: { ...env, isProduction: true } }, checkout.providerSessionId!)).rejects.toMatchObject(notFound);
    const stripe = createPayments(testEnv({ STRIPE_SECRET_KEY: "sk_test_x" }));
    await expect(getLocalTestCheckout({ ...deps, payments: stripe }, checkout.providerSessionId!)).rejects.toMatchObject(notFound);
    await expect(getLocalTestCheckout(deps, "cs_test_local_nope")).rejects.toBeInstanceOf(DomainError);
  });

  it("keeps the generated webhook secret in the data folder, so a restart still verifies", async () => {
    const restarted = createPayments(env);
    const payload = JSON.stringify({ id: "evt_local_restart", object: "event", type: "plan.created", livemode: false, created: 1, data: { object: {} } });
    if (!isLocalPayments(payments)) throw new Error("expected local test mode");
    expect(restarted.parseWebhook(payload, payments.sign(payload))).toMatchObject({ ok: true, event: { id: "evt_local_restart", kind: "ignored" } });
  });
});
