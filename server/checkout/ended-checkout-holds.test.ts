import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkouts, giftCardHolds } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { startCheckout } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { createGiftCard } from "../../test/factories";
import { holdGiftCardForCheckout } from "../giftcards/holds";
import { ledgerDisagreements } from "../giftcards/ledger";
import { createPayments } from "../integrations/payments/index";
import { releaseHoldsOfEndedCheckouts } from "./ended-checkout-holds";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const payments = createPayments(env);
const DAY = 24 * 3600_000;

/** A checkout of 45.00 whose card pays 10.00, in the given state, its hold two days old. */
async function checkoutHolding(status: (typeof checkouts.$inferSelect)["status"], expiresAt: Date) {
  const { code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 1000 });
  const checkout = await startCheckout(db, payments, { env, giftCardCode: code, items: [{ priceCents: 4500 }] });
  await db.update(checkouts).set({ status, expiresAt }).where(eq(checkouts.id, checkout.id));
  await db.update(giftCardHolds).set({ createdAt: new Date(Date.now() - 2 * DAY) }).where(eq(giftCardHolds.checkoutRef, checkout.id));
  return checkout.id;
}

describe("releasing the holds of checkouts that ended without telling us", () => {
  it("releases holds whose checkout is gone, expired, failed or open past its expiry, and keeps those a payment may still complete", async () => {
    const { code } = await createGiftCard(db, env.GIFT_CARD_CODE_SECRET, { amountCents: 1000 });
    const past = new Date(Date.now() - DAY);
    const future = new Date(Date.now() + 10 * 60_000);
    const ended = {
      openPastExpiry: await checkoutHolding("open", past),
      expired: await checkoutHolding("expired", past),
      failed: await checkoutHolding("payment_failed", past),
    };
    const kept = {
      stillOpen: await checkoutHolding("open", future),
      bankPaymentClearing: await checkoutHolding("awaiting_payment", past),
    };
    await db.transaction((tx) => holdGiftCardForCheckout(tx, env, { code, checkoutRef: "no-such-checkout", orderTotalCents: 1000 }));
    await db.update(giftCardHolds).set({ createdAt: new Date(Date.now() - 2 * DAY) }).where(eq(giftCardHolds.checkoutRef, "no-such-checkout"));
    // Ended, but its hold is younger than the cut-off: a delayed completion may still be on its way.
    const recent = await checkoutHolding("expired", past);
    await db.update(giftCardHolds).set({ createdAt: new Date() }).where(eq(giftCardHolds.checkoutRef, recent));

    expect(await releaseHoldsOfEndedCheckouts(db, new Date(Date.now() - DAY))).toBe(4);

    const statuses = async (refs: string[]) =>
      Object.fromEntries((await db.select().from(giftCardHolds).where(inArray(giftCardHolds.checkoutRef, refs))).map((h) => [h.checkoutRef, h.status]));
    expect(Object.values(await statuses([...Object.values(ended), "no-such-checkout"]))).toEqual(["released", "released", "released", "released"]);
    expect(Object.values(await statuses([...Object.values(kept), recent]))).toEqual(["active", "active", "active"]);
    const [open] = await db.select().from(checkouts).where(eq(checkouts.id, ended.openPastExpiry));
    expect(open!.status).toBe("expired");
    expect(await releaseHoldsOfEndedCheckouts(db, new Date(Date.now() - DAY))).toBe(0);
    expect(await ledgerDisagreements(db)).toEqual([]);
  });
});
