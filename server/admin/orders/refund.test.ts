// Refunds in local test mode: the refund posts a signed charge.refunded to the real webhook route
// over HTTP, as Stripe would, while the back office's refund is still pending.
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../../db/client";
import { giftCardLedger, giftCards, orderEvents, orderRefunds, orders } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer } from "../../../test/checkout-helpers";
import { testDatabase } from "../../../test/database";
import { createGiftCard } from "../../../test/factories";
import { startWebhookRouteServer } from "../../../test/webhook-route-server";
import { ledgerDisagreements } from "../../giftcards/ledger";
import { createPayments } from "../../integrations/payments/index";
import { createLocalPayments } from "../../integrations/payments/local-payments";
import { stripeShapedEvent } from "../../integrations/payments/stripe-shaped-events";
import { createLogger } from "../../log";
import { refundOrder } from "./refund";

const database = await testDatabase();
// Parallel refunds each need their own connection, as requests from two tabs would have.
const wide = connect(database.url, { max: 25 });
afterAll(() => wide.close());
const db = wide.db;
const secret = "whsec_admin_refunds_secret";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const log = createLogger("silent");
const checkoutPayments = createPayments(env);
const webhookRoute = await startWebhookRouteServer({ db, env, payments: checkoutPayments, log });
// The refund's event goes to the shop's own route, here the test's server of it.
const payments = createLocalPayments({ webhookSecret: secret, publicUrl: webhookRoute.origin });
const webhook = webhookDeliverer({ db, env, payments: checkoutPayments, log }, secret);
const deps = { db, payments, log };
const owner = { email: "owner@example.com" };

const key = () => randomUUID();
const orderRow = (id: number) => db.select().from(orders).where(eq(orders.id, id)).then((rows) => rows[0]!);
const cardRow = (id: number) => db.select().from(giftCards).where(eq(giftCards.id, id)).then((rows) => rows[0]!);
const creditsOf = (cardId: number) => db.$count(giftCardLedger, and(eq(giftCardLedger.giftCardId, cardId), eq(giftCardLedger.kind, "refund_credit")));
const refundsOf = (orderId: number) => db.select().from(orderRefunds).where(eq(orderRefunds.orderId, orderId)).orderBy(orderRefunds.id);

/** A paid order of 90.00 (two prints of 45.00); with `giftCardCents`, a card paid that part and the card payment the rest. */
async function paidOrder(giftCardCents = 0) {
  const gift = giftCardCents ? await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: giftCardCents }) : null;
  const checkout = await startCheckout(db, checkoutPayments, { env, ...(gift ? { giftCardCode: gift.code } : {}) });
  await webhook.deliver(checkoutSessionEvent("checkout.session.completed", paidSession(checkout)));
  const [order] = await db.select().from(orders).where(eq(orders.checkoutId, checkout.id));
  return { order: order!, card: gift?.card ?? null };
}

const settled = (results: PromiseSettledResult<unknown>[]) => ({
  fulfilled: results.filter((r): r is PromiseFulfilledResult<{ id: number }> => r.status === "fulfilled").map((r) => r.value),
  rejected: results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as { kind: string; message: string }),
});

describe("a full refund of an order paid partly by gift card", () => {
  it("parallel requests (a double click, other tabs) and the webhook that follows make one refund and one gift card credit", async () => {
    const { order, card } = await paidOrder(3000);
    expect(order).toMatchObject({ totalCents: 6000, discountCents: 3000 });
    const doubleClick = key();
    const keys = [doubleClick, doubleClick, doubleClick, key(), key(), key(), key(), key()];
    const deliveriesBefore = webhookRoute.deliveries;
    const results = settled(await Promise.allSettled(keys.map((k) => refundOrder(deps, owner, { number: order.number, amountCents: 9000, idempotencyKey: k }))));

    expect(new Set(results.fulfilled.map((r) => r.id)).size).toBe(1);
    for (const reason of results.rejected) expect(reason).toMatchObject({ kind: "Conflict" });
    expect(await refundsOf(order.id)).toMatchObject([{ status: "succeeded", amountCents: 9000, paymentCents: 6000, giftCardCents: 3000, stripeRefundId: expect.stringMatching(/^re_local_/) }]);
    expect(webhookRoute.deliveries).toBeGreaterThan(deliveriesBefore);
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: 6000 });
    expect(await cardRow(card!.id)).toMatchObject({ balanceCents: 3000, heldCents: 0 });
    expect(await creditsOf(card!.id)).toBe(1);

    // Stripe's own later delivery of the same refund, under another event id, credits nothing more.
    const charge = { id: "ch_again", object: "charge", amount: 6000, amount_refunded: 6000, refunded: true, payment_intent: order.stripePaymentIntent, currency: "usd" };
    expect((await webhook.deliver(stripeShapedEvent("charge.refunded", charge))).body.outcome).toBe("applied");
    expect(await creditsOf(card!.id)).toBe(1);
    expect(await cardRow(card!.id)).toMatchObject({ balanceCents: 3000 });
    expect(await ledgerDisagreements(db)).toEqual([]);
    expect(await db.$count(orderEvents, and(eq(orderEvents.orderId, order.id), eq(orderEvents.kind, "refunded")))).toBe(1);
  });
});

describe("partial refunds", () => {
  it("twice up to the total and not beyond", async () => {
    const { order } = await paidOrder();
    await refundOrder(deps, owner, { number: order.number, amountCents: 4000, idempotencyKey: key() });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", refundedCents: 4000 });
    await expect(refundOrder(deps, owner, { number: order.number, amountCents: 5001, idempotencyKey: key() })).rejects.toMatchObject({ kind: "Conflict", message: "At most $50 is left to refund on this order." });
    await refundOrder(deps, owner, { number: order.number, amountCents: 5000, idempotencyKey: key() });
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: 9000 });
    await expect(refundOrder(deps, owner, { number: order.number, amountCents: 1, idempotencyKey: key() })).rejects.toMatchObject({ kind: "Conflict", message: "This order has been refunded in full already." });
    expect((await refundsOf(order.id)).map((r) => r.amountCents)).toEqual([4000, 5000]);
  });

  it("two tabs refunding more than is left together: one succeeds, the other is told what is left", async () => {
    const { order } = await paidOrder();
    const results = settled(await Promise.allSettled([0, 1].map(() => refundOrder(deps, owner, { number: order.number, amountCents: 6000, idempotencyKey: key() }))));
    expect(results.fulfilled).toHaveLength(1);
    expect(results.rejected).toMatchObject([{ kind: "Conflict", message: "At most $30 is left to refund on this order." }]);
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", refundedCents: 6000 });
  });

  it("the card payment goes back first; the gift card's part goes back in whole, with the last of the order, without asking the provider", async () => {
    const { order, card } = await paidOrder(3000);
    await expect(refundOrder(deps, owner, { number: order.number, amountCents: 7000, idempotencyKey: key() })).rejects.toMatchObject({
      kind: "BadInput",
      field: "amount",
      message: "The gift card's part ($30) goes back onto the card in whole: refund up to $60 to the payment card, or all $90 that is left.",
    });
    // All of the card payment: the charge is refunded in full and its webhook says so, yet the gift card is not the charge's.
    await refundOrder(deps, owner, { number: order.number, amountCents: 6000, idempotencyKey: key() });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", refundedCents: 6000 });
    expect(await cardRow(card!.id)).toMatchObject({ balanceCents: 0 });

    const deliveries = webhookRoute.deliveries;
    const last = await refundOrder(deps, owner, { number: order.number, amountCents: 3000, idempotencyKey: key() });
    expect(last).toMatchObject({ paymentCents: 0, giftCardCents: 3000, stripeRefundId: null });
    expect(webhookRoute.deliveries).toBe(deliveries);
    expect(await cardRow(card!.id)).toMatchObject({ balanceCents: 3000 });
    expect(await creditsOf(card!.id)).toBe(1);
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedCents: 6000 });
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("a key reused for another amount, a pending order, an unknown order and a zero amount are refused", async () => {
    const { order } = await paidOrder();
    const used = key();
    await refundOrder(deps, owner, { number: order.number, amountCents: 1000, idempotencyKey: used });
    await expect(refundOrder(deps, owner, { number: order.number, amountCents: 2000, idempotencyKey: used })).rejects.toMatchObject({ kind: "Conflict" });
    await expect(refundOrder(deps, owner, { number: "PR-2026-999999", amountCents: 100, idempotencyKey: key() })).rejects.toMatchObject({ kind: "NotFound" });
    await expect(refundOrder(deps, owner, { number: order.number, amountCents: 0, idempotencyKey: key() })).rejects.toMatchObject({ kind: "BadInput", message: "A refund is more than zero." });
    await db.update(orders).set({ status: "pending" }).where(eq(orders.id, order.id));
    await expect(refundOrder(deps, owner, { number: order.number, amountCents: 100, idempotencyKey: key() })).rejects.toMatchObject({ kind: "Conflict", message: expect.stringContaining("is pending") });
  });
});
