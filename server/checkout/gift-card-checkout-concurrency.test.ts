import { eq, like } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { checkouts, giftCardHolds, giftCards, orders } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { applyGiftCardDirectly, cartWith, checkoutDeps, checkoutSessionEvent, paidSession, testShippingAddress, webhookDeliverer } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { DomainError } from "../errors";
import { ledgerDisagreements } from "../giftcards/ledger";
import { createPayments } from "../integrations/payments/index";
import { createLogger } from "../log";
import { createCheckout } from "./create-checkout";
import { orderReturnPaths } from "../../app/shared/checkout-paths";

const database = await testDatabase();
// Fifty checkouts at once each need a connection, and the sampler one more.
const wide = connect(database.url, { max: 60 });
afterAll(() => wide.close());
const db = wide.db;
const secret = "whsec_gift_card_concurrency";
const env = testEnv({ STRIPE_WEBHOOK_SECRET: secret });
const payments = createPayments(env);
const deps = checkoutDeps(db, payments, env);
const webhook = webhookDeliverer({ db, env, payments, log: createLogger("silent") }, secret);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A shopper with one print at `priceCents` in the cart and the card applied; returns the checkout or the refusal. */
async function checkOut(code: string, priceCents: number) {
  const sessionId = await cartWith(db, [{ priceCents }]);
  await applyGiftCardDirectly(db, env.GIFT_CARD_CODE_SECRET, sessionId, code);
  try {
    const { checkoutId, paymentUrl: url } = await createCheckout({ ...deps, clientIp: `shopper-${sessionId}` }, { sessionId, email: "parallel@example.com", shippingAddress: testShippingAddress, returnPaths: orderReturnPaths });
    const [row] = await db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
    return { ok: true as const, checkout: { ...row!, shopperSessionId: sessionId, url } };
  } catch (error) {
    if (error instanceof DomainError && error.kind === "Conflict") return { ok: false as const };
    throw error;
  }
}

describe("parallel checkouts against one gift card, through createCheckout (findings 1, 34)", () => {
  it("50 checkouts of 300.00 against a 500.00 card: one is paid in full, one holds 200.00, the rest hold nothing; never overdrawn", async () => {
    const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 50_000 });
    let sampling = true;
    let lowest = Number.POSITIVE_INFINITY;
    const sampler = (async () => {
      while (sampling) {
        const [row] = await db.select({ balance: giftCards.balanceCents, held: giftCards.heldCents }).from(giftCards).where(eq(giftCards.id, card.id));
        lowest = Math.min(lowest, row!.balance, row!.balance - row!.held);
        await sleep(2);
      }
    })();
    const results = await Promise.all(Array.from({ length: 50 }, () => checkOut(code, 30_000))).finally(() => (sampling = false));
    await sampler;

    const started = results.flatMap((r) => (r.ok ? [r.checkout] : []));
    expect(started.map((c) => c.discountCents).sort((a, b) => b - a)).toEqual([30_000, 20_000]);
    expect(results.filter((r) => !r.ok)).toHaveLength(48);
    const whole = started.find((c) => c.discountCents === 30_000)!;
    const part = started.find((c) => c.discountCents === 20_000)!;
    expect(whole).toMatchObject({ status: "paid", totalCents: 0, providerSessionId: null });
    expect(part).toMatchObject({ status: "open", totalCents: 10_000 });
    expect(await db.$count(orders, eq(orders.checkoutId, whole.id))).toBe(1);
    const holds = await db.select().from(giftCardHolds).where(eq(giftCardHolds.giftCardId, card.id)).orderBy(giftCardHolds.amountCents);
    expect(holds.map((h) => [h.checkoutRef, h.amountCents, h.status])).toEqual([
      [part.id, 20_000, "active"],
      [whole.id, 30_000, "redeemed"],
    ]);
    const [after] = await db.select().from(giftCards).where(eq(giftCards.id, card.id));
    expect(after).toMatchObject({ balanceCents: 20_000, heldCents: 20_000 });
    expect(lowest).toBeGreaterThanOrEqual(0);
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  type Fate = "complete" | "expire" | "race" | "abandon";
  const checkoutArb = fc.record({
    priceCents: fc.integer({ min: 1000, max: 40_000 }),
    fate: fc.constantFrom<Fate>("complete", "expire", "race", "abandon"),
    startDelayMs: fc.nat({ max: 15 }),
    settleDelayMs: fc.nat({ max: 15 }),
    /** the settling event delivered this many times at once (a provider retrying), under different ids */
    deliveries: fc.integer({ min: 1, max: 3 }),
  });

  it("with completions and expiries interleaved at random, the card is never overdrawn and the ledger always agrees", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1000, max: 80_000 }), fc.array(checkoutArb, { minLength: 4, maxLength: 12 }), async (balance, plans) => {
        const { card, code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: balance });
        const outcomes = await Promise.all(
          plans.map(async (plan) => {
            await sleep(plan.startDelayMs);
            const result = await checkOut(code, plan.priceCents);
            if (!result.ok || result.checkout.status === "paid") return result;
            const { checkout } = result;
            await sleep(plan.settleDelayMs);
            const complete = () => webhook.deliver(checkoutSessionEvent("checkout.session.completed", paidSession(checkout)));
            const expire = () => webhook.deliver(checkoutSessionEvent("checkout.session.expired", paidSession(checkout, { status: "expired", paymentStatus: "unpaid" })));
            const times = (n: number, deliver: () => Promise<unknown>) => Promise.all(Array.from({ length: n }, deliver));
            if (plan.fate === "complete") await times(plan.deliveries, complete);
            if (plan.fate === "expire") await times(plan.deliveries, expire);
            if (plan.fate === "race") await Promise.all([times(plan.deliveries, complete), times(plan.deliveries, expire)]);
            return result;
          }),
        );

        expect(await ledgerDisagreements(db)).toEqual([]);
        let redeemed = 0;
        let held = 0;
        for (const [i, outcome] of outcomes.entries()) {
          if (!outcome.ok) continue;
          const { checkout } = outcome;
          const holds = await db.select().from(giftCardHolds).where(like(giftCardHolds.checkoutRef, `${checkout.id}%`));
          const [order] = await db.select().from(orders).where(eq(orders.checkoutId, checkout.id));
          const spent = holds.filter((h) => h.status === "redeemed").reduce((sum, h) => sum + h.amountCents, 0);
          // An order exists exactly when the card paid its part of it, and the card never paid twice.
          expect(spent).toBe(order ? checkout.discountCents : 0);
          const fate = checkout.status === "paid" ? "paid in full" : plans[i]!.fate;
          if (fate === "paid in full" || fate === "complete") expect(order).toBeDefined();
          if (fate === "expire") expect(holds.map((h) => h.status)).toEqual(["released"]);
          if (fate === "abandon") expect(holds.map((h) => h.status)).toEqual(["active"]);
          redeemed += spent;
          held += holds.filter((h) => h.status === "active").reduce((sum, h) => sum + h.amountCents, 0);
        }
        const [after] = await db.select().from(giftCards).where(eq(giftCards.id, card.id));
        expect(after).toMatchObject({ balanceCents: balance - redeemed, heldCents: held });
        expect(after!.balanceCents - after!.heldCents).toBeGreaterThanOrEqual(0);
      }),
      { seed: 20_260_202, numRuns: 8 },
    );
  });
});
