import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { carts, checkouts, giftCardHolds, giftCardLedger, giftCards, orders } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { applyGiftCardDirectly, cartWith, checkoutDeps, testShippingAddress } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { queuedJobs } from "../../test/jobs";
import { startStripeApiServer } from "../../test/stripe-api-server";
import { DomainError } from "../errors";
import { ledgerDisagreements } from "../giftcards/ledger";
import { createPayments } from "../integrations/payments/index";
import { getCheckoutOutcome } from "./checkout-outcome";
import { createCheckout, nothingLeftOnCard } from "./create-checkout";
import { SHIPPING_ADDRESS_NEEDED } from "./paid-by-gift-card";
import { orderReturnPaths } from "../../app/shared/checkout-paths";

const database = await testDatabase();
const db = database.db;
const stripeApi = await startStripeApiServer();
const env = testEnv({ STRIPE_SECRET_KEY: "sk_test_gift_cards", STRIPE_WEBHOOK_SECRET: "whsec_x", STRIPE_API_BASE: stripeApi.url, STRIPE_MAX_NETWORK_RETRIES: "0" });
const payments = createPayments(env);
const deps = checkoutDeps(db, payments, env);

const requestsTo = (path: string) => stripeApi.requests.filter((r) => r.method === "POST" && r.path === path);
const checkoutRow = (id: string) => db.select().from(checkouts).where(eq(checkouts.id, id)).then((rows) => rows[0]!);
const cardRow = (id: number) => db.select().from(giftCards).where(eq(giftCards.id, id)).then((rows) => rows[0]!);
const holdOf = (checkoutId: string) => db.select().from(giftCardHolds).where(eq(giftCardHolds.checkoutRef, checkoutId)).then((rows) => rows[0]);

/** A shopper whose cart holds one print at `priceCents`, with a card of `balance` applied. */
async function shopperWithCard(priceCents: number, balance: number) {
  const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: balance });
  const sessionId = await cartWith(db, [{ priceCents }]);
  await applyGiftCardDirectly(db, env.GIFT_CARD_CODE_SECRET, sessionId, code);
  return { card, code, sessionId };
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe("a gift card paying part of the order", () => {
  it("holds the card's part with the checkout and gives Stripe a single-use amount-off coupon of exactly the hold", async () => {
    const { card, sessionId } = await shopperWithCard(9000, 5000);
    const { checkoutId, paymentUrl: url } = await createCheckout(deps, { sessionId, email: "part@example.com", returnPaths: orderReturnPaths });
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    expect(await checkoutRow(checkoutId)).toMatchObject({ subtotalCents: 9000, discountCents: 5000, totalCents: 4000, status: "open" });
    expect(await holdOf(checkoutId)).toMatchObject({ giftCardId: card.id, amountCents: 5000, status: "active" });
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 5000, heldCents: 5000 });

    const coupon = requestsTo("/v1/coupons").find((r) => r.headers["idempotency-key"] === `checkout-${checkoutId}:coupon`)!;
    expect(Object.fromEntries(coupon.form)).toMatchObject({ amount_off: "5000", currency: "usd", duration: "once", max_redemptions: "1", name: `Gift card ending in ${card.codeLast4}` });
    const session = requestsTo("/v1/checkout/sessions").find((r) => r.form.get("client_reference_id") === checkoutId)!;
    expect(session.form.get("discounts[0][coupon]")).toMatch(/^coupon_/);
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("leaves Stripe at least its minimum charge: a card 20 cents short of the order pays all but 50 cents", async () => {
    const { sessionId } = await shopperWithCard(9000, 8980);
    const { checkoutId } = await createCheckout(deps, { sessionId, email: "minimum@example.com", returnPaths: orderReturnPaths });
    expect(await checkoutRow(checkoutId)).toMatchObject({ discountCents: 8950, totalCents: 50 });
  });

  it("releases the hold when the payment provider fails after it was made", async () => {
    const { card, sessionId } = await shopperWithCard(9000, 5000);
    stripeApi.failNext(1, 500);
    await expect(createCheckout(deps, { sessionId, email: "fails@example.com", returnPaths: orderReturnPaths })).rejects.toThrow();
    const [checkout] = await db.select().from(checkouts).where(eq(checkouts.email, "fails@example.com"));
    expect(checkout!.status).toBe("expired");
    expect(await holdOf(checkout!.id)).toMatchObject({ status: "released" });
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 5000, heldCents: 0 });
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("stops with a clear conflict, and writes nothing, when the card has nothing left to spend", async () => {
    const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 4000 });
    const first = await cartWith(db, [{ priceCents: 9000 }]);
    await applyGiftCardDirectly(db, env.GIFT_CARD_CODE_SECRET, first, code);
    await createCheckout(deps, { sessionId: first, email: "first@example.com", returnPaths: orderReturnPaths });
    const second = await cartWith(db, [{ priceCents: 9000 }]);
    await applyGiftCardDirectly(db, env.GIFT_CARD_CODE_SECRET, second, code);
    const error = await failure(createCheckout(deps, { sessionId: second, email: "second@example.com", returnPaths: orderReturnPaths }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: "Conflict", message: nothingLeftOnCard(card.codeLast4) });
    expect(await db.$count(checkouts, eq(checkouts.sessionId, second))).toBe(0);
  });
});

describe("a gift card paying the whole order", () => {
  it("places the order at once, with no Stripe session, in the transaction that holds and redeems the card", async () => {
    const { card, sessionId } = await shopperWithCard(9000, 10_000);
    const sessionsBefore = requestsTo("/v1/checkout/sessions").length;
    const couponsBefore = requestsTo("/v1/coupons").length;
    const { checkoutId, paymentUrl: url } = await createCheckout(deps, { sessionId, email: "whole@example.com", shippingAddress: testShippingAddress, returnPaths: orderReturnPaths });

    expect(url).toBeNull();
    expect(requestsTo("/v1/checkout/sessions")).toHaveLength(sessionsBefore);
    expect(requestsTo("/v1/coupons")).toHaveLength(couponsBefore);
    const [order] = await db.select().from(orders).where(eq(orders.checkoutId, checkoutId));
    expect(order).toMatchObject({ status: "paid", subtotalCents: 9000, discountCents: 9000, totalCents: 0, stripeCheckoutId: null, stripePaymentIntent: null, customerName: "Grace Hopper" });
    expect(order!.shippingAddress).toMatchObject({ line1: "1 Harbour Road", country: "US", line2: null });
    expect(await checkoutRow(checkoutId)).toMatchObject({ status: "paid", providerSessionId: null });
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 1000, heldCents: 0 });
    expect(await queuedJobs(db, { key: `order-confirmation:${order!.number}` })).toHaveLength(1);
    const [cart] = await db.select().from(carts).where(eq(carts.sessionId, sessionId));
    expect(cart).toMatchObject({ giftCardCodeHash: null, giftCardLast4: null });

    // Every row a transaction writes carries its id in xmin: one id, one transaction.
    const written = await db.execute<{ xmin: string }>(sql`
      select xmin::text from checkouts where id = ${checkoutId}
      union select xmin::text from orders where checkout_id = ${checkoutId}
      union select xmin::text from gift_card_holds where checkout_ref = ${checkoutId}
      union select l.xmin::text from gift_card_ledger l join gift_card_holds h on h.id = l.hold_id where h.checkout_ref = ${checkoutId}`);
    expect(written).toHaveLength(1);
    expect(await db.$count(giftCardLedger, and(eq(giftCardLedger.kind, "redeem"), eq(giftCardLedger.orderId, order!.id)))).toBe(1);

    expect(await getCheckoutOutcome(db, { providerSessionId: null, checkoutId, shopperSessionId: sessionId })).toMatchObject({ state: "placed", order: { number: order!.number, totalCents: 0 } });
    expect(await getCheckoutOutcome(db, { providerSessionId: null, checkoutId, shopperSessionId: "someone-else" })).toEqual({ state: "not_found" });
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("without a shipping address places nothing and holds nothing", async () => {
    const { card, sessionId } = await shopperWithCard(9000, 10_000);
    const error = await failure(createCheckout(deps, { sessionId, email: "noaddress@example.com", returnPaths: orderReturnPaths }));
    expect(error).toMatchObject({ kind: "BadInput", message: SHIPPING_ADDRESS_NEEDED });
    expect(await db.$count(checkouts, eq(checkouts.sessionId, sessionId))).toBe(0);
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 10_000, heldCents: 0 });
  });
});

describe("a shopper starting checkout again", () => {
  it("ends their earlier unpaid session at Stripe and takes its hold back; a session paid meanwhile keeps its hold", async () => {
    const { card, sessionId } = await shopperWithCard(9000, 5000);
    const first = await createCheckout(deps, { sessionId, email: "again@example.com", returnPaths: orderReturnPaths });
    const firstSession = (await checkoutRow(first.checkoutId)).providerSessionId!;
    const second = await createCheckout(deps, { sessionId, email: "again@example.com", returnPaths: orderReturnPaths });

    expect(requestsTo(`/v1/checkout/sessions/${firstSession}/expire`)).toHaveLength(1);
    expect(await checkoutRow(first.checkoutId)).toMatchObject({ status: "expired" });
    expect(await holdOf(first.checkoutId)).toMatchObject({ status: "released" });
    expect(await holdOf(second.checkoutId)).toMatchObject({ status: "active", amountCents: 5000 });

    const secondSession = (await checkoutRow(second.checkoutId)).providerSessionId!;
    stripeApi.completeSession(secondSession);
    const third = await failure(createCheckout(deps, { sessionId, email: "again@example.com", returnPaths: orderReturnPaths }));
    expect(third).toMatchObject({ kind: "Conflict", message: nothingLeftOnCard(card.codeLast4) });
    expect(await holdOf(second.checkoutId)).toMatchObject({ status: "active", amountCents: 5000 });
    expect(await checkoutRow(second.checkoutId)).toMatchObject({ status: "open" });
    expect(await ledgerDisagreements(db)).toEqual([]);
  });
});
