import { describe, expect, it } from "vitest";
import { createPayments } from "../../server/integrations/payments/index";
import { createLogger } from "../../server/log";
import { testEnv } from "../../test/app-server";
import { startCheckout } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { startWebhookRouteServer } from "../../test/webhook-route-server";
import { loader as successLoader } from "./checkout.success";
import { action as testPageAction, loader as testPageLoader } from "./checkout.local-payment.$id";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const payments = createPayments(env);
const webhookRoute = await startWebhookRouteServer({ db, env, payments, log: createLogger("silent") });
// The local payment page sends its events to the configured public URL: here, the webhook route\'s server.
const shopEnv = { ...env, PUBLIC_URL: webhookRoute.origin };

const thrown = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as Response);

describe("/checkout/success", () => {
  it("says processing until the webhook lands, then shows the order; never cached", async () => {
    const checkout = await startCheckout(db, payments);
    const context = routeContext(db, shopEnv, { payments, session: testSession(checkout.shopperSessionId) });
    const url = `http://shop.test/checkout/success?session_id=${checkout.providerSessionId}`;
    const before = (await successLoader({ request: new Request(url), context, params: {} })) as Response;
    expect(before.headers.get("cache-control")).toBe("no-store");
    expect((await before.json()).outcome).toEqual({ state: "processing" });

    // The test page's Pay button, posted as a browser without JavaScript would, to a server on the webhook's origin.
    const pay = formPost(`${webhookRoute.origin}/checkout/local-payment/${checkout.providerSessionId}`, {
      intent: "pay",
      name: "Test Shopper",
      line1: "1 Test Street",
      city: "Montauk",
      postalCode: "11954",
      country: "US",
    });
    const paid = (await testPageAction({ request: pay, context, params: { id: checkout.providerSessionId! } })) as Response;
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`/checkout/success?session_id=${checkout.providerSessionId}`);

    const after = await ((await successLoader({ request: new Request(url), context, params: {} })) as Response).json();
    expect(after.outcome).toMatchObject({ state: "placed", email: checkout.email, order: { status: "paid", totalCents: checkout.totalCents } });
  });

  it("is a 404 for another shopper or an unknown session", async () => {
    const checkout = await startCheckout(db, payments);
    const stranger = routeContext(db, shopEnv, { payments, session: testSession("00000000-0000-4000-8000-000000000000") });
    const response = await thrown(successLoader({ request: new Request(`http://shop.test/checkout/success?session_id=${checkout.providerSessionId}`), context: stranger, params: {} }));
    expect(response?.status).toBe(404);
    const noId = await thrown(successLoader({ request: new Request("http://shop.test/checkout/success"), context: stranger, params: {} }));
    expect(noId?.status).toBe(404);
  });
});

describe("/checkout/local-payment/:id", () => {
  it("shows the checkout in local test mode, and is a 404 in production", async () => {
    const checkout = await startCheckout(db, payments);
    const page = (await testPageLoader({ request: new Request("http://shop.test/"), context: routeContext(db, shopEnv, { payments }), params: { id: checkout.providerSessionId! } })) as Response;
    expect((await page.json()).checkout).toMatchObject({ sessionId: checkout.providerSessionId, totalCents: checkout.totalCents });
    const production = { ...routeContext(db, shopEnv, { payments }), env: { ...env, isProduction: true } };
    const response = await thrown(testPageLoader({ request: new Request("http://shop.test/"), context: production, params: { id: checkout.providerSessionId! } }));
    expect(response?.status).toBe(404);
  });

  it("answers a malformed form with 400 and sends nothing", async () => {
    const checkout = await startCheckout(db, payments);
    const before = webhookRoute.deliveries;
    const response = (await testPageAction({
      request: formPost(`${webhookRoute.origin}/checkout/local-payment/x`, { intent: "pay", name: "", line1: "", city: "", postalCode: "", country: "US" }),
      context: routeContext(db, shopEnv, { payments }),
      params: { id: checkout.providerSessionId! },
    })) as Response;
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors.name).toMatch(/Please enter the name/);
    expect(webhookRoute.deliveries).toBe(before);
  });
});
