import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { giftCardHolds, giftCardLedger, giftCards, orders } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { DomainError } from "../errors";
import { checkGiftCard } from "./balance";
import { hashGiftCardCode } from "./codes";
import { adjustBalance, refundCredit } from "./credits";
import { holdGiftCardForCheckout, redeemHold, releaseHold } from "./holds";
import { ledgerAgrees, ledgerDisagreements } from "./ledger";
import { GIFT_CARD_NOT_USABLE } from "./messages";

const database = await testDatabase();
const db = database.db;
const env = { GIFT_CARD_CODE_SECRET: "holds-test-secret-".padEnd(40, "h") };
const secret = env.GIFT_CARD_CODE_SECRET;

const hold = (code: string, checkoutRef: string, orderTotalCents: number) => db.transaction((tx) => holdGiftCardForCheckout(tx, env, { code, checkoutRef, orderTotalCents }));
const redeem = (checkoutRef: string, orderId?: number) => db.transaction((tx) => redeemHold(tx, checkoutRef, { orderId }));
const release = (checkoutRef: string) => db.transaction((tx) => releaseHold(tx, checkoutRef));
const cardRow = async (id: number) => (await db.select().from(giftCards).where(eq(giftCards.id, id)))[0]!;
const entriesOf = (id: number) => db.select().from(giftCardLedger).where(eq(giftCardLedger.giftCardId, id)).orderBy(giftCardLedger.id);

async function failureOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

let orderCounter = 0;
async function createOrder() {
  const [order] = await db.insert(orders).values({ number: `GC-TEST-${++orderCounter}`, email: "buyer@example.com", subtotalCents: 9000, totalCents: 9000 }).returning();
  return order!;
}

describe("holding a gift card for a checkout", () => {
  it("holds the smaller of what the card can pay and the order total, and leaves the balance alone", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
    expect(await hold(code, "hold-a", 3000)).toEqual({ giftCardId: card.id, holdId: expect.any(Number), heldCents: 3000, last4: card.codeLast4 });
    expect(await hold(code.toLowerCase(), "hold-b", 4000)).toMatchObject({ heldCents: 2000 });
    expect(await hold(code, "hold-c", 4000)).toEqual({ giftCardId: card.id, holdId: null, heldCents: 0, last4: card.codeLast4 });
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 5000, heldCents: 5000 });
    expect(await db.select().from(giftCardHolds).where(eq(giftCardHolds.checkoutRef, "hold-c"))).toEqual([]);
    expect(await checkGiftCard(db, env, code)).toMatchObject({ balanceCents: 5000, heldCents: 5000, availableCents: 0 });
    expect((await entriesOf(card.id)).map((e) => [e.kind, e.amountCents])).toEqual([["issue", 5000], ["hold", -3000], ["hold", -2000]]);
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("returns the same hold when the same checkout asks again, holding nothing more", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
    const first = await hold(code, "again-1", 1500);
    expect(await hold(code, "again-1", 1500)).toEqual(first);
    expect(await cardRow(card.id)).toMatchObject({ heldCents: 1500 });
    const other = await createGiftCard(db, secret);
    expect((await failureOf(hold(other.code, "again-1", 1500))).kind).toBe("Conflict");
  });

  it("gives unknown, inactive and expired codes the one generic answer and writes nothing", async () => {
    const inactive = await createGiftCard(db, secret, { status: "inactive" });
    const expired = await createGiftCard(db, secret, { expiresAt: new Date(Date.now() - 1000) });
    const holdsBefore = await db.$count(giftCardHolds);
    for (const code of ["0000-0000-0000-0000", inactive.code, expired.code, "not a code"]) {
      const error = await failureOf(hold(code, `unusable-${code}`, 1000));
      expect([error.kind, error.message]).toEqual(["BadInput", GIFT_CARD_NOT_USABLE]);
    }
    expect(await db.$count(giftCardHolds)).toBe(holdsBefore);
  });

  it("finds the card by the keyed hash a cart kept, and leaves the provider its minimum charge", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 8980 });
    const byHash = await db.transaction((tx) =>
      holdGiftCardForCheckout(tx, { GIFT_CARD_CODE_SECRET: secret }, { codeHash: hashGiftCardCode(secret, code), checkoutRef: "by-hash", orderTotalCents: 9000, minimumChargeCents: 50 }),
    );
    expect(byHash).toMatchObject({ giftCardId: card.id, heldCents: 8950 });
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("rejects a negative or fractional order total", async () => {
    const { code } = await createGiftCard(db, secret);
    await expect(hold(code, "bad-total", -1)).rejects.toThrow();
    await expect(hold(code, "bad-total", 10.5)).rejects.toThrow();
  });
});

describe("redeeming and releasing a hold", () => {
  it("redeems once: the balance drops by the hold, and a second redemption or a release changes nothing", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
    const order = await createOrder();
    await hold(code, "redeem-1", 3500);
    const first = await redeem("redeem-1", order.id);
    expect(first).toEqual({ changed: true, hold: expect.objectContaining({ giftCardId: card.id, amountCents: 3500, status: "redeemed" }) });
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 1500, heldCents: 0 });
    expect(await redeem("redeem-1", order.id)).toMatchObject({ changed: false, hold: { status: "redeemed" } });
    expect(await release("redeem-1")).toMatchObject({ changed: false, hold: { status: "redeemed" } });
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 1500, heldCents: 0 });
    const redeemEntries = (await entriesOf(card.id)).filter((e) => e.kind === "redeem");
    expect(redeemEntries).toEqual([expect.objectContaining({ amountCents: -3500, orderId: order.id })]);
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("releases once: the amount is available again, and a released hold is never redeemed", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
    await hold(code, "release-1", 2000);
    expect(await release("release-1")).toMatchObject({ changed: true, hold: { status: "released", amountCents: 2000 } });
    expect(await release("release-1")).toMatchObject({ changed: false, hold: { status: "released" } });
    expect(await redeem("release-1")).toMatchObject({ changed: false, hold: { status: "released" } });
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 5000, heldCents: 0 });
    expect(await hold(code, "release-2", 9000)).toMatchObject({ heldCents: 5000 });
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("does nothing for a checkout that held no card", async () => {
    expect(await redeem("never-held")).toEqual({ hold: null, changed: false });
    expect(await release("never-held")).toEqual({ hold: null, changed: false });
  });
});

describe("refund credits", () => {
  it("credit a refunded checkout's redemption back exactly once, even when refunds arrive in parallel", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
    await hold(code, "refund-1", 4000);
    await redeem("refund-1");
    const results = await Promise.all(Array.from({ length: 10 }, () => db.transaction((tx) => refundCredit(tx, "refund-1"))));
    expect(results.map((r) => r.creditedCents).sort((a, b) => b - a)).toEqual([4000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 5000, heldCents: 0 });
    expect(await db.transaction((tx) => refundCredit(tx, "refund-1"))).toEqual({ giftCardId: card.id, creditedCents: 0 });
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("credit nothing for a hold that was released or never redeemed, or a checkout without a card", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
    await hold(code, "refund-active", 1000);
    await hold(code, "refund-released", 1000);
    await release("refund-released");
    expect(await db.transaction((tx) => refundCredit(tx, "refund-active"))).toEqual({ giftCardId: card.id, creditedCents: 0 });
    expect(await db.transaction((tx) => refundCredit(tx, "refund-released"))).toEqual({ giftCardId: card.id, creditedCents: 0 });
    expect(await db.transaction((tx) => refundCredit(tx, "refund-none"))).toEqual({ giftCardId: null, creditedCents: 0 });
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 5000, heldCents: 1000 });
  });
});

describe("balance adjustments", () => {
  it("move the balance either way, with a ledger entry, but never below zero or below what is held", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
    await hold(code, "adjust-1", 2000);
    expect(await db.transaction((tx) => adjustBalance(tx, card.id, 1000, "goodwill for a late print"))).toEqual({ balanceCents: 6000, heldCents: 2000 });
    expect(await db.transaction((tx) => adjustBalance(tx, card.id, -4000, "correction"))).toEqual({ balanceCents: 2000, heldCents: 2000 });
    expect((await failureOf(db.transaction((tx) => adjustBalance(tx, card.id, -1, "too far")))).kind).toBe("Conflict");
    await release("adjust-1");
    expect((await failureOf(db.transaction((tx) => adjustBalance(tx, card.id, -2001, "below zero")))).message).toMatch(/below zero/);
    expect((await failureOf(db.transaction((tx) => adjustBalance(tx, card.id, 0, "nothing")))).kind).toBe("BadInput");
    expect((await failureOf(db.transaction((tx) => adjustBalance(tx, card.id, 100, "  ")))).kind).toBe("BadInput");
    expect((await failureOf(db.transaction((tx) => adjustBalance(tx, 999_999, 100, "no card")))).kind).toBe("NotFound");
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 2000, heldCents: 0 });
    expect(await ledgerAgrees(db)).toBe(true);
  });
});

describe("the ledger invariant", () => {
  it("reports a card whose stored balance or hold total drifts from its ledger", async () => {
    const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
    await hold(code, "drift-1", 1000);
    expect(await ledgerAgrees(db)).toBe(true);
    await db.update(giftCards).set({ balanceCents: 4000 }).where(eq(giftCards.id, card.id));
    expect(await ledgerDisagreements(db)).toEqual([{ giftCardId: card.id, holdId: null, problem: expect.stringContaining("balance 4000") }]);
    await db.update(giftCards).set({ balanceCents: 5000 }).where(eq(giftCards.id, card.id));
    await db.update(giftCardHolds).set({ status: "released" }).where(eq(giftCardHolds.checkoutRef, "drift-1"));
    const problems = await ledgerDisagreements(db);
    expect(problems.map((p) => p.holdId === null ? "card" : "hold")).toEqual(["card", "hold"]);
    await db.update(giftCardHolds).set({ status: "active" }).where(eq(giftCardHolds.checkoutRef, "drift-1"));
    expect(await ledgerAgrees(db)).toBe(true);
  });

  it("is backed by the database: a card can never hold more than its balance, nor go negative", async () => {
    const { card } = await createGiftCard(db, secret, { amountCents: 5000 });
    const violated = (promise: Promise<unknown>) => promise.then(() => null, (e: { cause?: { constraint_name?: string } }) => e.cause?.constraint_name);
    expect(await violated(db.update(giftCards).set({ heldCents: 5001 }).where(eq(giftCards.id, card.id)))).toBe("gift_cards_held_within_balance");
    expect(await violated(db.update(giftCards).set({ balanceCents: sql`-1` }).where(eq(giftCards.id, card.id)))).toMatch(/^gift_cards_(balance_nonnegative|held_within_balance)$/);
  });
});
