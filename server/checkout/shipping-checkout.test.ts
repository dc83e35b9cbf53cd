// The charged total = items + shipping + tax − gift card, end to end: checkout prices the parcel from
// the seeded rates, the payment provider (local test mode's page, or Stripe's API double) charges it
// as the session's shipping option, and the signed webhook makes the order that stores it.
import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { orders, paymentAnomalies } from "../../db/schema/index";
import { seedShipping } from "../../db/seed/seed-shipping";
import { orderReturnPaths } from "../../app/shared/checkout-paths";
import { testEnv } from "../../test/app-server";
import { applyGiftCardDirectly, checkoutDeps, checkoutSessionEvent, paidSession, webhookDeliverer, type StartedCheckout } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createGiftCard, createPhoto, createProduct } from "../../test/factories";
import { startStripeApiServer } from "../../test/stripe-api-server";
import { startWebhookRouteServer } from "../../test/webhook-route-server";
import { addToCart } from "../cart/cart";
import { createPayments, type Payments } from "../integrations/payments/index";
import { createLogger } from "../log";
import { amountLines } from "../orders/amounts";
import { createCheckout } from "./create-checkout";
import { finishLocalTestCheckout, getLocalTestCheckout } from "./local-test-checkout";
import { checkouts } from "../../db/schema/index";

const database = await testDatabase();
const db = database.db;
await seedShipping(db);
const stripeApi = await startStripeApiServer();

/** A large canvas (36 × 24 in, 320.00) and the book (65.00): 385.00 of items. */
async function canvasAndBook(): Promise<string> {
  const sessionId = randomUUID();
  const photo = await createPhoto(db, {}, [{ material: "canvas", widthIn: 36, heightIn: 24, priceCents: 32_000 }]);
  const book = await createProduct(db, { priceCents: 6500, stock: 10 });
  await addToCart(db, sessionId, { variantId: photo.variants[0]!.id, quantity: 1 });
  await addToCart(db, sessionId, { productId: book.id, quantity: 1 });
  return sessionId;
}

async function start(payments: Payments, env: ReturnType<typeof testEnv>, options: { country: string; giftCardCents?: number }) {
  const sessionId = await canvasAndBook();
  let last4: string | null = null;
  if (options.giftCardCents) {
    const { code, card } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: options.giftCardCents });
    await applyGiftCardDirectly(db, env.GIFT_CARD_CODE_SECRET, sessionId, code);
    last4 = card.codeLast4;
  }
  const started = await createCheckout(checkoutDeps(db, payments, env), { sessionId, email: "ada@example.com", shippingCountry: options.country, returnPaths: orderReturnPaths });
  const [checkout] = await db.select().from(checkouts).where(eq(checkouts.id, started.checkoutId));
  return { checkout: { ...checkout!, shopperSessionId: sessionId, url: started.paymentUrl } as StartedCheckout, last4 };
}

const orderOf = async (checkoutId: string) => (await db.select().from(orders).where(eq(orders.checkoutId, checkoutId)))[0];

describe("local test mode charges the shipping option", () => {
  const env = testEnv({ STRIPE_SHIPPING_COUNTRIES: "US,GB,DE" });
  const payments = createPayments(env);
  const routeReady = startWebhookRouteServer({ db, env, payments, log: createLogger("silent") });

  it("to the United Kingdom with a gift card: items + shipping − gift card, stored on the order and labelled by the card", async () => {
    const route = await routeReady;
    const deps = { db, env: { ...env, PUBLIC_URL: route.origin }, payments };
    const { checkout, last4 } = await start(payments, env, { country: "GB", giftCardCents: 10_000 });
    // Europe: the large canvas's first-item rate (65.00) and the book's additional rate (6.00).
    expect(checkout).toMatchObject({ subtotalCents: 38_500, shippingCents: 7100, shippingCountry: "GB", discountCents: 10_000, totalCents: 38_500 + 7100 - 10_000 });

    const page = await getLocalTestCheckout(deps, checkout.providerSessionId!);
    expect(page.shippingCountries).toEqual(["GB"]);
    expect(page.amounts.map((a) => [a.label, a.text])).toEqual([
      ["Items", "$385"],
      ["Shipping", "$71"],
      ["Taxes", "Included in prices"],
      [`Gift card ending in ${last4}`, "−$100"],
      ["To pay", "$356"],
    ]);

    const address = { name: "Ada Lovelace", line1: "1 Mill Lane", city: "Leeds", postalCode: "LS1 1AA", country: "GB" };
    await finishLocalTestCheckout(deps, { sessionId: checkout.providerSessionId!, action: { intent: "pay", ...address } });
    const order = await orderOf(checkout.id);
    expect(order).toMatchObject({ subtotalCents: 38_500, shippingCents: 7100, taxCents: null, discountCents: 10_000, giftCardLast4: last4, totalCents: 35_600 });
    expect(amountLines(order!).map((a) => a.label)).toEqual(["Items", "Shipping", "Taxes", `Gift card ending in ${last4}`, "Paid"]);
  });

  it("refuses a country no zone lists, with a 400 beside the country, and writes no checkout", async () => {
    const sessionId = await canvasAndBook();
    const before = await db.$count(checkouts);
    const otherEnv = testEnv({ STRIPE_SHIPPING_COUNTRIES: "US,BR" });
    await expect(
      createCheckout(checkoutDeps(db, payments, otherEnv), { sessionId, email: "a@example.com", shippingCountry: "BR", returnPaths: orderReturnPaths }),
    ).rejects.toMatchObject({ kind: "BadInput", field: "country", message: "Sorry, we do not ship to BR." });
    expect(await db.$count(checkouts)).toBe(before);
  });
});

describe("Stripe mode with Stripe Tax, through the real SDK and the signed webhook", () => {
  const secret = "whsec_shipping_and_tax";
  const env = testEnv({ STRIPE_SECRET_KEY: "sk_test_shipping", STRIPE_WEBHOOK_SECRET: secret, STRIPE_API_BASE: stripeApi.url, STRIPE_TAX: "on", STRIPE_SHIPPING_COUNTRIES: "US,GB,DE" });
  const payments = createPayments(env);
  const webhook = webhookDeliverer({ db, env, payments, log: createLogger("silent") }, secret);

  /** Completes the session on the double, then delivers the completed event with the session exactly as the API now returns it. */
  async function payOnStripe(checkout: StartedCheckout, taxCents: number) {
    stripeApi.completeSession(checkout.providerSessionId!, { taxCents });
    const session = await (await fetch(`${stripeApi.url}/v1/checkout/sessions/${checkout.providerSessionId}`)).json();
    const shipping = { address: { line1: "1 Mill Lane", line2: null, city: "Leeds", state: null, postal_code: "LS1 1AA", country: "GB" }, name: "Ada Lovelace" };
    const object = { ...session, payment_intent: `pi_${randomUUID().slice(0, 8)}`, collected_information: { shipping_details: shipping }, customer_details: { email: "ada@example.com", name: "Ada Lovelace" } };
    const event = { id: `evt_${randomUUID()}`, object: "event", api_version: "2025-08-27.basil", created: Math.floor(Date.now() / 1000), livemode: false, type: "checkout.session.completed", data: { object } };
    return webhook.deliver(event);
  }

  it("asks Stripe for tax and the shipping option, and the order stores items + shipping + tax − gift card", async () => {
    const { checkout, last4 } = await start(payments, env, { country: "GB", giftCardCents: 5000 });
    const request = stripeApi.requests.filter((r) => r.path === "/v1/checkout/sessions" && r.method === "POST").at(-1)!;
    // The United Kingdom: the large canvas (65.00) and the book's additional rate (6.00); 385.00 is under Europe's free-shipping 600.00.
    expect(Object.fromEntries(request.form)).toMatchObject({
      "automatic_tax[enabled]": "true",
      "shipping_options[0][shipping_rate_data][fixed_amount][amount]": "7100",
      "shipping_address_collection[allowed_countries][0]": "GB",
    });
    expect(checkout).toMatchObject({ subtotalCents: 38_500, shippingCents: 7100, discountCents: 5000, totalCents: 38_500 + 7100 - 5000 });

    const reply = await payOnStripe(checkout, 2981);
    expect(reply.body.outcome).toBe("applied");
    const order = await orderOf(checkout.id);
    expect(order).toMatchObject({ subtotalCents: 38_500, shippingCents: 7100, taxCents: 2981, discountCents: 5000, giftCardLast4: last4, totalCents: 38_500 + 7100 + 2981 - 5000 });
    expect(amountLines(order!).map((a) => [a.label, a.text])).toEqual([
      ["Items", "$385"],
      ["Shipping", "$71"],
      ["Tax", "$29.81"],
      [`Gift card ending in ${last4}`, "−$50"],
      ["Paid", "$435.81"],
    ]);
  });

  it("ships free above the zone's threshold, and Stripe's shipping option says so", async () => {
    const sessionId = randomUUID();
    const photo = await createPhoto(db, {}, [{ material: "metal", widthIn: 40, heightIn: 30, priceCents: 120_000 }]);
    await addToCart(db, sessionId, { variantId: photo.variants[0]!.id, quantity: 1 });
    await createCheckout(checkoutDeps(db, payments, env), { sessionId, email: "b@example.com", shippingCountry: "US", returnPaths: orderReturnPaths });
    const form = Object.fromEntries(stripeApi.requests.filter((r) => r.path === "/v1/checkout/sessions" && r.method === "POST").at(-1)!.form);
    expect(form).toMatchObject({ "shipping_options[0][shipping_rate_data][fixed_amount][amount]": "0", "shipping_options[0][shipping_rate_data][display_name]": "Free shipping" });
  });
});

describe("the webhook's amount check includes shipping and tax", () => {
  const secret = "whsec_mismatch";
  const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret, STRIPE_SHIPPING_COUNTRIES: "US,GB,DE" });
  const payments = createPayments(env);
  const webhook = webhookDeliverer({ db, env, payments, log: createLogger("silent") }, secret);
  const anomaliesOf = (checkout: StartedCheckout) => db.select().from(paymentAnomalies).where(eq(paymentAnomalies.providerSessionId, checkout.providerSessionId!));

  it("a payment without the shipping is an anomaly, not an order", async () => {
    const { checkout } = await start(payments, env, { country: "DE" });
    const short = checkoutSessionEvent("checkout.session.completed", paidSession(checkout, { amountTotalCents: checkout.subtotalCents, amountShippingCents: 0 }));
    expect((await webhook.deliver(short)).body.outcome).toBe("anomaly");
    expect(await orderOf(checkout.id)).toBeUndefined();
    const [anomaly] = await anomaliesOf(checkout);
    expect(anomaly).toMatchObject({ kind: "amount_mismatch", details: { expectedCents: checkout.totalCents, expectedShippingCents: 7100, paidShippingCents: 0 } });
  });

  it("the right total with the shipping charged as something else is still an anomaly", async () => {
    const { checkout } = await start(payments, env, { country: "DE" });
    const shifted = checkoutSessionEvent("checkout.session.completed", paidSession(checkout, { amountShippingCents: 100 }));
    expect((await webhook.deliver(shifted)).body.outcome).toBe("anomaly");
    expect(await orderOf(checkout.id)).toBeUndefined();
  });

  it("tax a session was not asked to add is an anomaly", async () => {
    const { checkout } = await start(payments, env, { country: "DE" });
    const taxed = checkoutSessionEvent("checkout.session.completed", paidSession(checkout, { amountTotalCents: checkout.totalCents + 500, amountTaxCents: 500 }));
    expect((await webhook.deliver(taxed)).body.outcome).toBe("anomaly");
    expect(await orderOf(checkout.id)).toBeUndefined();
  });

  it("the exact total, shipping included, makes the order", async () => {
    const { checkout } = await start(payments, env, { country: "DE" });
    expect((await webhook.deliver(checkoutSessionEvent("checkout.session.completed", paidSession(checkout)))).body.outcome).toBe("applied");
    expect(await orderOf(checkout.id)).toMatchObject({ shippingCents: 7100, totalCents: 38_500 + 7100, taxCents: null });
  });
});
