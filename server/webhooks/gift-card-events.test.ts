import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { checkouts, giftCardHolds, giftCardLedger, giftCards, orders, paymentAnomalies } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer, type StartedCheckout } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { capturingLogger } from "../../test/log-capture";
import { adjustBalance } from "../giftcards/credits";
import { releaseHold } from "../giftcards/holds";
import { ledgerDisagreements } from "../giftcards/ledger";
import { createPayments } from "../integrations/payments/index";
import { stripeShapedEvent } from "../integrations/payments/stripe-shaped-events";

const database = await testDatabase();
// Parallel deliveries each need their own connection, as they would in production.
const wide = connect(database.url, { max: 25 });
afterAll(() => wide.close());
const db = wide.db;
const secret = "whsec_gift_card_events_secret";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const payments = createPayments(env);
const { log, lines } = capturingLogger();
const webhook = webhookDeliverer({ db, env, payments, log }, secret);

const card = (id: number) => db.select().from(giftCards).where(eq(giftCards.id, id)).then((rows) => rows[0]!);
const holdsOf = (checkout: StartedCheckout) => db.select().from(giftCardHolds).where(like(giftCardHolds.checkoutRef, `${checkout.id}%`)).orderBy(giftCardHolds.id);
const orderOf = (checkout: StartedCheckout) => db.select().from(orders).where(eq(orders.checkoutId, checkout.id)).then((rows) => rows[0]);
const completed = (checkout: StartedCheckout) => checkoutSessionEvent("checkout.session.completed", paidSession(checkout));

/** A checkout of 90.00 (two prints of 45.00) with a card of `balance` applied in the cart. */
async function giftCardCheckout(balance: number) {
  const { card: row, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: balance });
  const checkout = await startCheckout(db, payments, { env, giftCardCode: code });
  return { card: row, code, checkout };
}

describe("a checkout paid partly by gift card", () => {
  it("completion redeems the hold in the same transaction that makes the order", async () => {
    const { card: gift, checkout } = await giftCardCheckout(5000);
    expect(checkout).toMatchObject({ subtotalCents: 9000, discountCents: 5000, totalCents: 4000 });
    expect((await webhook.deliver(completed(checkout))).body.outcome).toBe("applied");

    const order = (await orderOf(checkout))!;
    expect(order).toMatchObject({ status: "paid", subtotalCents: 9000, discountCents: 5000, totalCents: 4000 });
    expect(await holdsOf(checkout)).toMatchObject([{ status: "redeemed", amountCents: 5000 }]);
    expect(await card(gift.id)).toMatchObject({ balanceCents: 0, heldCents: 0 });
    const [redeem] = await db.select().from(giftCardLedger).where(and(eq(giftCardLedger.giftCardId, gift.id), eq(giftCardLedger.kind, "redeem")));
    expect(redeem).toMatchObject({ amountCents: -5000, orderId: order.id });
    // Rows written by one transaction carry its id in xmin.
    const [ids] = await db.execute<{ order_tx: string; redeem_tx: string }>(
      sql`select (select xmin::text from orders where id = ${order.id}) as order_tx, (select xmin::text from gift_card_ledger where id = ${redeem!.id}) as redeem_tx`,
    );
    expect(ids!.redeem_tx).toBe(ids!.order_tx);
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("replays of the completion, with the same and with different event ids, in parallel, redeem once", async () => {
    const { card: gift, checkout } = await giftCardCheckout(6000);
    const same = completed(checkout);
    const others = Array.from({ length: 8 }, (_, i) => checkoutSessionEvent(i % 2 ? "checkout.session.completed" : "checkout.session.async_payment_succeeded", paidSession(checkout)));
    const replies = await Promise.all([...Array.from({ length: 8 }, () => webhook.deliver(same)), ...others.map((e) => webhook.deliver(e))]);
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(replies.filter((r) => r.body.outcome === "applied")).toHaveLength(1);
    expect(await db.$count(orders, eq(orders.checkoutId, checkout.id))).toBe(1);
    expect(await db.$count(giftCardLedger, and(eq(giftCardLedger.giftCardId, gift.id), eq(giftCardLedger.kind, "redeem")))).toBe(1);
    expect(await card(gift.id)).toMatchObject({ balanceCents: 0, heldCents: 0 });
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("expiry and asynchronous payment failure release the hold", async () => {
    for (const type of ["checkout.session.expired", "checkout.session.async_payment_failed"] as const) {
      const { card: gift, checkout } = await giftCardCheckout(7000);
      expect(await card(gift.id)).toMatchObject({ balanceCents: 7000, heldCents: 7000 });
      const event = checkoutSessionEvent(type, paidSession(checkout, { status: "expired", paymentStatus: "unpaid" }));
      expect((await webhook.deliver(event)).body.outcome).toBe("applied");
      expect(await holdsOf(checkout)).toMatchObject([{ status: "released" }]);
      expect(await card(gift.id)).toMatchObject({ balanceCents: 7000, heldCents: 0 });
    }
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("a completion after the hold was released takes the card's part again when the card can still pay it", async () => {
    const { card: gift, checkout } = await giftCardCheckout(8000);
    await db.transaction((tx) => releaseHold(tx, checkout.id));
    expect((await webhook.deliver(completed(checkout))).body.outcome).toBe("applied");
    const order = (await orderOf(checkout))!;
    expect(order.discountCents).toBe(8000);
    expect(await holdsOf(checkout)).toMatchObject([
      { checkoutRef: checkout.id, status: "released" },
      { checkoutRef: `${checkout.id}:late`, status: "redeemed", amountCents: 8000 },
    ]);
    expect(await card(gift.id)).toMatchObject({ balanceCents: 0, heldCents: 0 });
    expect(lines.some((l) => l.checkoutId === checkout.id && /after its gift card hold was released/.test(l.msg))).toBe(true);
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("a completion after the hold was released and the card was spent is an anomaly: no order, no overdraw", async () => {
    const { card: gift, checkout } = await giftCardCheckout(5000);
    await db.transaction((tx) => releaseHold(tx, checkout.id));
    await db.transaction((tx) => adjustBalance(tx, gift.id, -4000, "spent in the shop"));
    const reply = await webhook.deliver(completed(checkout));
    expect(reply).toEqual({ status: 200, body: { received: true, outcome: "anomaly" } });
    expect(await orderOf(checkout)).toBeUndefined();
    const [anomaly] = await db.select().from(paymentAnomalies).where(eq(paymentAnomalies.checkoutId, checkout.id));
    expect(anomaly).toMatchObject({ kind: "gift_card_unavailable", details: { giftCardId: gift.id, discountCents: 5000, availableCents: 1000 } });
    expect(await card(gift.id)).toMatchObject({ balanceCents: 1000, heldCents: 0 });
    expect((await db.select().from(checkouts).where(eq(checkouts.id, checkout.id)))[0]!.status).toBe("open");
    expect(await ledgerDisagreements(db)).toEqual([]);
  });
});

describe("refunds of an order paid partly by gift card", () => {
  const refund = (paymentIntent: string, amount: number, refunded: number) =>
    stripeShapedEvent("charge.refunded", { id: `ch_${Math.random().toString(36).slice(2)}`, object: "charge", amount, amount_refunded: refunded, refunded: amount === refunded, payment_intent: paymentIntent, currency: "usd" });

  it("a partial refund leaves the card alone; the full refund credits it once, even when two refund events arrive in parallel", async () => {
    const { card: gift, checkout } = await giftCardCheckout(3000);
    await webhook.deliver(completed(checkout));
    const order = (await orderOf(checkout))!;
    expect(await card(gift.id)).toMatchObject({ balanceCents: 0 });

    await webhook.deliver(refund(order.stripePaymentIntent!, order.totalCents, 1000));
    expect(await card(gift.id)).toMatchObject({ balanceCents: 0 });

    const replies = await Promise.all([0, 1].map(() => webhook.deliver(refund(order.stripePaymentIntent!, order.totalCents, order.totalCents))));
    expect(replies.map((r) => r.body.outcome)).toEqual(["applied", "applied"]);
    expect(await card(gift.id)).toMatchObject({ balanceCents: 3000, heldCents: 0 });
    expect(await db.$count(giftCardLedger, and(eq(giftCardLedger.giftCardId, gift.id), eq(giftCardLedger.kind, "refund_credit")))).toBe(1);
    expect((await orderOf(checkout))!.status).toBe("refunded");
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("credits the hold that paid, when a late payment took the card's part again", async () => {
    const { card: gift, checkout } = await giftCardCheckout(2000);
    await db.transaction((tx) => releaseHold(tx, checkout.id));
    await webhook.deliver(completed(checkout));
    const order = (await orderOf(checkout))!;
    await webhook.deliver(refund(order.stripePaymentIntent!, order.totalCents, order.totalCents));
    expect(await card(gift.id)).toMatchObject({ balanceCents: 2000, heldCents: 0 });
    expect(await ledgerDisagreements(db)).toEqual([]);
  });
});
