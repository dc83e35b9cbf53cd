import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { checkouts, giftCardLedger, giftCards, paymentAnomalies } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { checkoutSessionEvent, paidSession, webhookDeliverer, type StartedCheckout } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { queuedJobs } from "../../test/jobs";
import { startStripeApiServer } from "../../test/stripe-api-server";
import { badInput } from "../errors";
import { createPayments } from "../integrations/payments/index";
import { stripeShapedEvent } from "../integrations/payments/stripe-shaped-events";
import { createLogger } from "../log";
import { getCheckoutOutcome } from "./checkout-outcome";
import { createGiftCardCheckout, GIFT_CARD_LINE_TITLE } from "./gift-card-purchase";
import { giftCardReturnPaths } from "../../app/shared/checkout-paths";

const database = await testDatabase();
const wide = connect(database.url, { max: 25 });
afterAll(() => wide.close());
const db = wide.db;
const secret = "whsec_gift_card_purchase_secret";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const payments = createPayments(env);
const webhook = webhookDeliverer({ db, env, payments, log: createLogger("silent") }, secret);

let n = 0;
const purchase = (overrides: Record<string, unknown> = {}) => {
  n++;
  return { amountCents: 7500, recipientName: "Ada Lovelace", recipientEmail: `ada-${n}@example.com`, senderName: "Charles", message: "For your wall.", buyerEmail: `charles-${n}@example.com`, ...overrides };
};

/** A gift card checkout made by the real service, as the row the webhook will find. */
async function buyGiftCard(overrides: Record<string, unknown> = {}): Promise<StartedCheckout> {
  const shopperSessionId = randomUUID();
  const { checkoutId, paymentUrl: url } = await createGiftCardCheckout({ db, payments }, { sessionId: shopperSessionId, purchase: purchase(overrides), returnPaths: giftCardReturnPaths });
  const [row] = await db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
  return { ...row!, shopperSessionId, url };
}

const paid = (checkout: StartedCheckout) => paidSession(checkout, { shipping: undefined });
const cardsOf = (checkout: StartedCheckout) => db.select().from(giftCards).where(eq(giftCards.stripeCheckoutId, checkout.providerSessionId!));

describe("buying a gift card", () => {
  it("opens a payment session for the card alone, with no shipping and the purchase kept on the checkout", async () => {
    const deliverOn = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
    const checkout = await buyGiftCard({ deliverOn, subscribe: true });
    expect(checkout.url).toBe(`/checkout/local-payment/${checkout.providerSessionId}`);
    expect(checkout).toMatchObject({ kind: "gift_card", cartId: null, subtotalCents: 7500, totalCents: 7500, newsletterOptIn: true, status: "open" });
    expect(checkout.lines).toEqual([{ variantId: null, productId: null, title: GIFT_CARD_LINE_TITLE, description: "For Ada Lovelace", unitPriceCents: 7500, quantity: 1, lineTotalCents: 7500 }]);
    expect(checkout.giftCardPurchase).toMatchObject({ recipientName: "Ada Lovelace", deliverOn, subscribe: true });
  });

  it("refuses an invalid purchase with the schema's message and writes nothing", async () => {
    const before = await db.$count(checkouts);
    await expect(createGiftCardCheckout({ db, payments }, { sessionId: randomUUID(), purchase: purchase({ amountCents: 5 }), returnPaths: giftCardReturnPaths })).rejects.toEqual(
      badInput("Choose an amount from $10 to $1,000."),
    );
    expect(await db.$count(checkouts)).toBe(before);
  });

  it("asks Stripe for no shipping address and returns a cancelled buyer to the gift card page", async () => {
    const stripeApi = await startStripeApiServer();
    const stripe = createPayments(testEnv({ STRIPE_SECRET_KEY: "sk_test_gift", STRIPE_WEBHOOK_SECRET: "whsec_x", STRIPE_API_BASE: stripeApi.url, PUBLIC_URL: "https://prints.example.com" }));
    await createGiftCardCheckout({ db, payments: stripe }, { sessionId: randomUUID(), purchase: purchase(), returnPaths: giftCardReturnPaths });
    const [request] = stripeApi.requests.filter((r) => r.path === "/v1/checkout/sessions");
    const form = Object.fromEntries(request!.form);
    expect(Object.keys(form).some((k) => k.startsWith("shipping_address_collection"))).toBe(false);
    expect(form).toMatchObject({ cancel_url: "https://prints.example.com/gift-cards?cancelled=1", "line_items[0][price_data][unit_amount]": "7500" });
  });
});

describe("the webhook issues exactly one card per payment (finding 38)", () => {
  it("whatever the replays: the same event id and different ones, completed and async success, all in parallel", async () => {
    const checkout = await buyGiftCard();
    const same = checkoutSessionEvent("checkout.session.completed", paid(checkout));
    const others = Array.from({ length: 8 }, (_, i) => checkoutSessionEvent(i % 2 ? "checkout.session.completed" : "checkout.session.async_payment_succeeded", paid(checkout)));
    const replies = await Promise.all([...Array.from({ length: 8 }, () => webhook.deliver(same)), ...others.map((e) => webhook.deliver(e))]);
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(replies.filter((r) => r.body.outcome === "applied")).toHaveLength(1);

    const cards = await cardsOf(checkout);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ initialAmountCents: 7500, balanceCents: 7500, stripePaymentIntent: paid(checkout).paymentIntentId, recipientEmail: checkout.giftCardPurchase!.recipientEmail });
    expect(await db.$count(giftCardLedger, eq(giftCardLedger.giftCardId, cards[0]!.id))).toBe(1);
    expect(await queuedJobs(db, { key: `send_gift_card:${cards[0]!.id}` })).toHaveLength(1);
    expect(await queuedJobs(db, { key: `gift-card-confirmation:${cards[0]!.id}` })).toHaveLength(1);
    expect(await getCheckoutOutcome(db, { providerSessionId: checkout.providerSessionId, shopperSessionId: checkout.shopperSessionId })).toEqual({
      state: "gift_card_issued",
      email: checkout.email,
      giftCard: { amountCents: 7500, currency: "usd", recipientName: "Ada Lovelace", recipientEmail: checkout.giftCardPurchase!.recipientEmail, deliverOn: null },
    });
  });

  it("in either order: an unpaid completion, then async success, then a late completion", async () => {
    const checkout = await buyGiftCard();
    const unpaid = checkoutSessionEvent("checkout.session.completed", paidSession(checkout, { shipping: undefined, paymentStatus: "unpaid" }));
    expect((await webhook.deliver(unpaid)).body.outcome).toBe("applied");
    expect(await cardsOf(checkout)).toHaveLength(0);
    expect((await webhook.deliver(checkoutSessionEvent("checkout.session.async_payment_succeeded", paid(checkout)))).body.outcome).toBe("applied");
    expect((await webhook.deliver(checkoutSessionEvent("checkout.session.completed", paid(checkout)))).body.outcome).toBe("ignored");
    expect(await cardsOf(checkout)).toHaveLength(1);
  });

  it("an expired gift card checkout issues nothing, and a paid amount that differs is an anomaly", async () => {
    const expiring = await buyGiftCard();
    await webhook.deliver(checkoutSessionEvent("checkout.session.expired", paidSession(expiring, { status: "expired", paymentStatus: "unpaid" })));
    expect(await cardsOf(expiring)).toHaveLength(0);
    const short = await buyGiftCard();
    expect((await webhook.deliver(checkoutSessionEvent("checkout.session.completed", paid({ ...short, totalCents: 100 })))).body.outcome).toBe("anomaly");
    expect(await cardsOf(short)).toHaveLength(0);
  });

  it("a refund of a card's payment is left to a person: an anomaly naming the card", async () => {
    const checkout = await buyGiftCard();
    await webhook.deliver(checkoutSessionEvent("checkout.session.completed", paid(checkout)));
    const [card] = await cardsOf(checkout);
    const refund = stripeShapedEvent("charge.refunded", { id: "ch_gift", object: "charge", amount: 7500, amount_refunded: 7500, refunded: true, payment_intent: card!.stripePaymentIntent });
    expect((await webhook.deliver(refund)).body.outcome).toBe("anomaly");
    const [anomaly] = await db.select().from(paymentAnomalies).where(eq(paymentAnomalies.eventId, refund.id));
    expect(anomaly).toMatchObject({ kind: "gift_card_purchase_refunded", details: { giftCardId: card!.id, last4: card!.codeLast4 } });
  });
});
