import { eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { giftCardHolds, giftCardLedger, giftCards } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { refundCredit } from "./credits";
import { holdGiftCardForCheckout, redeemHold, releaseHold } from "./holds";
import { ledgerDisagreements } from "./ledger";

const database = await testDatabase();
// Fifty transactions open at once need fifty connections; the file's default pool has ten.
const wide = connect(database.url, { max: 60 });
afterAll(() => wide.close());
const db = wide.db;
const env = { GIFT_CARD_CODE_SECRET: "concurrency-test-secret-".padEnd(40, "c") };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `parties` callers have arrived, so every transaction is open before any of them holds. */
function barrier(parties: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    if (++arrived === parties) open();
    await opened;
  };
}

describe("concurrent checkouts on one gift card (findings 1, 34)", () => {
  it("50 parallel checkouts of 300.00 against a 500.00 card: one holds 300.00, one 200.00, the rest nothing", async () => {
    const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 50_000 });
    const allOpen = barrier(50);
    let sampling = true;
    let lowestAvailable = Number.POSITIVE_INFINITY;
    const sampler = (async () => {
      while (sampling) {
        const [row] = await db.select({ balance: giftCards.balanceCents, held: giftCards.heldCents }).from(giftCards).where(eq(giftCards.id, card.id));
        lowestAvailable = Math.min(lowestAvailable, row!.balance - row!.held);
        await sleep(1);
      }
    })();

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.execute("select 1");
          await allOpen();
          return holdGiftCardForCheckout(tx, env, { code, checkoutRef: `parallel-${i}`, orderTotalCents: 30_000 });
        }),
      ),
    ).finally(() => (sampling = false));
    await sampler;

    const held = results.map((r) => r.heldCents).sort((a, b) => b - a);
    expect(held.slice(0, 2)).toEqual([30_000, 20_000]);
    expect(held.slice(2)).toEqual(Array(48).fill(0));
    expect(held.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(50_000);
    expect(lowestAvailable).toBeGreaterThanOrEqual(0);
    const [after] = await db.select().from(giftCards).where(eq(giftCards.id, card.id));
    expect(after).toMatchObject({ balanceCents: 50_000, heldCents: 50_000 });
    expect(await db.$count(giftCardHolds, eq(giftCardHolds.giftCardId, card.id))).toBe(2);
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  type Fate = "redeem" | "release" | "abandon" | "refund" | "race";
  const checkoutArb = fc.record({
    totalCents: fc.integer({ min: 1, max: 60_000 }),
    fate: fc.constantFrom<Fate>("redeem", "release", "abandon", "refund", "race"),
    holdDelayMs: fc.nat({ max: 12 }),
    settleDelayMs: fc.nat({ max: 12 }),
    /** how many times the settling event is delivered at once, as a provider retrying would */
    deliveries: fc.integer({ min: 1, max: 3 }),
  });

  it("holds, redemptions, releases and refunds interleaved at random never overdraw, and the ledger always agrees", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 100, max: 100_000 }), fc.array(checkoutArb, { minLength: 5, maxLength: 25 }), async (balance, checkouts) => {
        run++;
        const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: balance });
        const refOf = (i: number) => `run-${run}-checkout-${i}`;
        const inTx = <T>(work: Parameters<typeof db.transaction<T>>[0]) => db.transaction(work);

        const outcomes = await Promise.all(
          checkouts.map(async (checkout, i) => {
            await sleep(checkout.holdDelayMs);
            const held = await inTx((tx) => holdGiftCardForCheckout(tx, env, { code, checkoutRef: refOf(i), orderTotalCents: checkout.totalCents }));
            await sleep(checkout.settleDelayMs);
            const times = <T>(n: number, f: () => Promise<T>) => Promise.all(Array.from({ length: n }, f));
            if (checkout.fate === "redeem" || checkout.fate === "refund") await times(checkout.deliveries, () => inTx((tx) => redeemHold(tx, refOf(i))));
            if (checkout.fate === "release") await times(checkout.deliveries, () => inTx((tx) => releaseHold(tx, refOf(i))));
            if (checkout.fate === "race") await Promise.all([inTx((tx) => redeemHold(tx, refOf(i))), inTx((tx) => releaseHold(tx, refOf(i)))]);
            const credits = checkout.fate === "refund" ? await times(checkout.deliveries, () => inTx((tx) => refundCredit(tx, refOf(i)))) : [];
            expect(held.heldCents).toBeLessThanOrEqual(checkout.totalCents);
            return { held: held.heldCents, credited: credits.reduce((sum, c) => sum + c.creditedCents, 0) };
          }),
        );

        expect(await ledgerDisagreements(db)).toEqual([]);
        const holds = await db.select().from(giftCardHolds).where(inArray(giftCardHolds.checkoutRef, checkouts.map((_, i) => refOf(i))));
        const byRef = new Map(holds.map((h) => [h.checkoutRef, h]));
        checkouts.forEach((checkout, i) => {
          const hold = byRef.get(refOf(i));
          expect(hold?.amountCents ?? 0).toBe(outcomes[i]!.held);
          if (!hold) return;
          const expected = { redeem: ["redeemed"], refund: ["redeemed"], release: ["released"], abandon: ["active"], race: ["redeemed", "released"] }[checkout.fate];
          expect(expected).toContain(hold.status);
          expect(outcomes[i]!.credited).toBe(checkout.fate === "refund" ? hold.amountCents : 0);
        });
        const sumOf = (status: string) => holds.filter((h) => h.status === status).reduce((sum, h) => sum + h.amountCents, 0);
        const credited = outcomes.reduce((sum, o) => sum + o.credited, 0);
        const [after] = await db.select().from(giftCards).where(eq(giftCards.id, card.id));
        expect(after!.balanceCents).toBe(balance - sumOf("redeemed") + credited);
        expect(after!.heldCents).toBe(sumOf("active"));
        expect(after!.heldCents).toBeLessThanOrEqual(after!.balanceCents);
        expect(sumOf("redeemed") - credited).toBeLessThanOrEqual(balance);
        expect(await db.$count(giftCardLedger, eq(giftCardLedger.giftCardId, card.id))).toBe(1 + holds.length + holds.filter((h) => h.status !== "active").length + outcomes.filter((o) => o.credited > 0).length);
      }),
      { seed: 20_260_131, numRuns: 15 },
    );
  });
});
