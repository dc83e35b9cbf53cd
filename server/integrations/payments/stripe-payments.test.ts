import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkouts, printVariants } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { cartWith, checkoutDeps } from "../../../test/checkout-helpers";
import { testDatabase } from "../../../test/database";
import { startStripeApiServer } from "../../../test/stripe-api-server";
import { createCheckout } from "../../checkout/create-checkout";
import { createPayments } from "./index";
import { checkoutSessionEvent, stripeShapedEvent } from "./stripe-shaped-events";
import { orderReturnPaths } from "../../../app/shared/checkout-paths";
import { seedShipping } from "../../../db/seed/seed-shipping";

const database = await testDatabase();
const db = database.db;
// The real rates: the session's shipping option is the parcel's price (db/seed/seed-shipping.ts).
await seedShipping(db);
const stripeApi = await startStripeApiServer();
const stripeEnv = (overrides: Record<string, string> = {}) =>
  testEnv({
    STRIPE_SECRET_KEY: "sk_test_printroom",
    STRIPE_WEBHOOK_SECRET: "whsec_x",
    STRIPE_API_BASE: stripeApi.url,
    STRIPE_SHIPPING_COUNTRIES: "US,GB,DE",
    PUBLIC_URL: "https://prints.example.com",
    ...overrides,
  });
const payments = createPayments(stripeEnv());
const sessionRequests = () => stripeApi.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");

describe("createPayments", () => {
  it("uses Stripe when a key is set and local test mode otherwise", () => {
    expect(payments).toMatchObject({ mode: "stripe", livemode: false });
    expect(createPayments(stripeEnv({ STRIPE_SECRET_KEY: "sk_live_abc" })).livemode).toBe(true);
    expect(createPayments(testEnv()).mode).toBe("local");
  });

  it("refuses local test mode in production", () => {
    const env = { ...testEnv(), isProduction: true, STRIPE_SECRET_KEY: undefined };
    expect(() => createPayments(env)).toThrow(/STRIPE_SECRET_KEY must be set in production/);
  });
});

describe("the Stripe implementation, through the real SDK against a local Stripe API", () => {
  it("creates a Checkout Session priced from the database, with e-mail, the shipping option and its country, our reference, expiry and idempotency key", async () => {
    const sessionId = await cartWith(db, [
      { priceCents: 4500, quantity: 2, title: "Harbour at Dawn" },
      { priceCents: 6500, quantity: 1, kind: "product", title: "The Photo Book" },
    ]);
    // The price changes after the print went into the cart: the session must carry today's price.
    const [variant] = await db.select().from(printVariants).where(eq(printVariants.priceCents, 4500)).limit(1);
    await db.update(printVariants).set({ priceCents: 4800 }).where(eq(printVariants.id, variant!.id));
    const startedAt = Date.now();

    const { checkoutId, paymentUrl: url } = await createCheckout(checkoutDeps(db, payments), { sessionId, email: "Ada@Example.com", newsletterOptIn: true, returnPaths: orderReturnPaths });

    const [request] = sessionRequests().slice(-1);
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);
    expect(request!.headers.authorization).toBe("Bearer sk_test_printroom");
    expect(request!.headers["idempotency-key"]).toBe(`checkout-${checkoutId}`);
    expect(request!.headers["stripe-version"]).toBe("2025-08-27.basil");
    const form = Object.fromEntries(request!.form);
    expect(form).toMatchObject({
      mode: "payment",
      "line_items[0][quantity]": "2",
      "line_items[0][price_data][unit_amount]": "4800",
      "line_items[0][price_data][currency]": "usd",
      "line_items[0][price_data][product_data][name]": "Harbour at Dawn",
      "line_items[0][price_data][product_data][description]": "12 × 8 in · Fine-art paper",
      "line_items[1][quantity]": "1",
      "line_items[1][price_data][unit_amount]": "6500",
      "line_items[1][price_data][product_data][name]": "The Photo Book",
      customer_email: "ada@example.com",
      // Priced for the default country, so the address is collected there only.
      "shipping_address_collection[allowed_countries][0]": "US",
      // Two small paper prints (9.00 + 3.00) and the book (3.00) to the United States.
      "shipping_options[0][shipping_rate_data][type]": "fixed_amount",
      "shipping_options[0][shipping_rate_data][display_name]": "Shipping to United States",
      "shipping_options[0][shipping_rate_data][fixed_amount][amount]": "1500",
      "shipping_options[0][shipping_rate_data][fixed_amount][currency]": "usd",
      client_reference_id: checkoutId,
      "metadata[checkout_id]": checkoutId,
      "payment_intent_data[metadata][checkout_id]": checkoutId,
      success_url: "https://prints.example.com/checkout/success?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "https://prints.example.com/checkout?cancelled=1",
    });
    expect(form["line_items[2][quantity]"]).toBeUndefined();
    expect(form["shipping_address_collection[allowed_countries][1]"]).toBeUndefined();
    // STRIPE_TAX is off: no tax is added, the pages say prices include any taxes.
    expect(form["automatic_tax[enabled]"]).toBeUndefined();
    const expiresInMinutes = (Number(form.expires_at) * 1000 - startedAt) / 60_000;
    expect(expiresInMinutes).toBeGreaterThanOrEqual(30);
    expect(expiresInMinutes).toBeLessThan(32);

    const [checkout] = await db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
    expect(checkout).toMatchObject({ status: "open", subtotalCents: 2 * 4800 + 6500, shippingCents: 1500, shippingCountry: "US", totalCents: 2 * 4800 + 6500 + 1500, newsletterOptIn: true, email: "ada@example.com" });
    expect(checkout!.providerSessionId).toBe(url!.split("/").pop());
    expect(checkout!.expiresAt!.getTime()).toBe(Number(form.expires_at) * 1000);
  });

  it("retries a failed call with the same idempotency key, so Stripe opens one session", async () => {
    const sessionId = await cartWith(db, [{ priceCents: 4500 }]);
    const before = sessionRequests().length;
    stripeApi.failNext(1, 500);
    const { checkoutId } = await createCheckout(checkoutDeps(db, payments), { sessionId, email: "retry@example.com", returnPaths: orderReturnPaths });
    const attempts = sessionRequests().slice(before);
    expect(attempts).toHaveLength(2);
    expect(attempts.map((a) => a.headers["idempotency-key"])).toEqual([`checkout-${checkoutId}`, `checkout-${checkoutId}`]);
  });

  it("gives up on a hung API after the configured timeout and releases the checkout", async () => {
    const impatient = createPayments(stripeEnv({ STRIPE_TIMEOUT_MS: "1000", STRIPE_MAX_NETWORK_RETRIES: "0" }));
    const sessionId = await cartWith(db, [{ priceCents: 4500 }]);
    stripeApi.hangNext();
    const startedAt = Date.now();
    await expect(createCheckout(checkoutDeps(db, impatient), { sessionId, email: "hang@example.com", returnPaths: orderReturnPaths })).rejects.toThrow();
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    const [checkout] = await db.select().from(checkouts).where(eq(checkouts.email, "hang@example.com"));
    expect(checkout?.status).toBe("expired");
  });

  it("takes a fixed amount off through a single-use coupon", async () => {
    const session = await payments.createCheckoutSession({
      checkoutId: "0b6f1a6e-1111-4000-8000-000000000001",
      email: "gift@example.com",
      lines: [{ title: "Print", description: "", unitPriceCents: 9000, quantity: 1 }],
      currency: "usd",
      discount: { amountOffCents: 2500, label: "Gift card ••••1234" },
      idempotencyKey: "checkout-discount-test",
      returnPaths: orderReturnPaths,
      expiresAt: new Date(Date.now() + 31 * 60_000),
    });
    const coupon = stripeApi.requests.find((r) => r.path === "/v1/coupons")!;
    expect(Object.fromEntries(coupon.form)).toMatchObject({ amount_off: "2500", currency: "usd", duration: "once", max_redemptions: "1", name: "Gift card ••••1234" });
    expect(coupon.headers["idempotency-key"]).toBe("checkout-discount-test:coupon");
    const created = sessionRequests().find((r) => r.form.get("client_reference_id") === "0b6f1a6e-1111-4000-8000-000000000001")!;
    expect(created.form.get("discounts[0][coupon]")).toMatch(/^coupon_/);
    // an empty description is left out: Stripe refuses empty strings
    expect(created.form.has("line_items[0][price_data][product_data][description]")).toBe(false);
    expect(session.url).toContain(session.id);
  });

  it("lists recent events oldest first, as the shop's events", async () => {
    const older = checkoutSessionEvent("checkout.session.completed", {
      id: "cs_test_listed",
      checkoutId: "0b6f1a6e-1111-4000-8000-000000000002",
      amountSubtotalCents: 100,
      amountTotalCents: 100,
      currency: "usd",
      email: "a@example.com",
      paymentStatus: "paid",
      status: "complete",
      expiresAt: new Date(),
    });
    const newer = stripeShapedEvent("charge.refunded", { id: "ch_1", object: "charge", amount: 100, amount_refunded: 100, refunded: true, payment_intent: "pi_1" });
    stripeApi.events.splice(0, stripeApi.events.length, newer, older);
    const since = new Date(Date.now() - 3_600_000);
    const events = await payments.listRecentEvents(since);
    expect(events.map((e) => e.type)).toEqual(["checkout.session.completed", "charge.refunded"]);
    expect(events[0]).toMatchObject({ kind: "checkout_session", session: { id: "cs_test_listed", amountTotalCents: 100, paymentStatus: "paid" } });
    const listed = stripeApi.requests.filter((r) => r.path === "/v1/events").pop()!;
    expect(listed.form.get("created[gte]")).toBe(String(Math.floor(since.getTime() / 1000)));
    const types = [...listed.form.entries()].filter(([k]) => k.startsWith("types[")).map(([, v]) => v);
    expect(types).toEqual([
      "checkout.session.completed",
      "checkout.session.async_payment_succeeded",
      "checkout.session.async_payment_failed",
      "checkout.session.expired",
      "charge.refunded",
    ]);
  });
});
