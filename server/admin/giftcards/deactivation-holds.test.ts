// Deactivating a gift card that open checkouts hold part of: the holds are released with it, so a
// checkout paid afterwards cannot spend the card, and real parallel transactions racing the
// deactivation against a redemption and a new hold each end one way or the other, never both.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connect, type Tx } from "../../../db/client";
import { auditLog, giftCardHolds, giftCardLedger, giftCards } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { createGiftCard } from "../../../test/factories";
import { holdGiftCardForCheckout, redeemHold } from "../../giftcards/holds";
import { ledgerDisagreements } from "../../giftcards/ledger";
import { planRedemption } from "../../giftcards/redemption";
import { createAdminUser } from "../access/admin-users";
import { deactivateGiftCard } from "./gift-card-actions";

const database = await testDatabase();
// Each racing transaction needs its own connection.
const wide = connect(database.url, { max: 10 });
afterAll(() => wide.close());
const db = wide.db;
const env = testEnv();
const secret = env.GIFT_CARD_CODE_SECRET;
const owner = await createAdminUser(db, { email: "deactivate.owner@example.com", password: "a long enough owner password" });
const admin = { id: owner.id, email: owner.email };

let counter = 0;
const checkoutRef = () => `deactivation-race-${++counter}-${Date.now()}`;
const cardRow = async (id: number) => (await db.select().from(giftCards).where(eq(giftCards.id, id)))[0]!;
const holdRow = async (ref: string) => (await db.select().from(giftCardHolds).where(eq(giftCardHolds.checkoutRef, ref)))[0]!;
const ledgerKinds = async (id: number) => (await db.select().from(giftCardLedger).where(eq(giftCardLedger.giftCardId, id)).orderBy(giftCardLedger.id)).map((e) => [e.kind, e.amountCents]);

/** A card of 50.00 with 20.00 of it held by an open checkout. */
async function heldCard() {
  const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
  const ref = checkoutRef();
  const hold = await db.transaction((tx) => holdGiftCardForCheckout(tx, env, { code, checkoutRef: ref, orderTotalCents: 2000 }));
  expect(hold.heldCents).toBe(2000);
  return { card, code, ref };
}

/** What the paid checkout's webhook does with the card (server/webhooks/checkout-session-events.ts), minus the order. */
async function payCheckout(tx: Tx, ref: string) {
  const plan = await planRedemption(tx, ref, 2000);
  if (plan.kind === "redeem") await redeemHold(tx, ref);
  return plan.kind;
}

/** How many other sessions wait on a lock: the queue the test builds before letting the first go. */
const lockWaiters = async () => (await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`))[0]!.n;
const waitForLockWaiters = (n: number) => expect.poll(lockWaiters, { timeout: 5000, interval: 10 }).toBeGreaterThanOrEqual(n);

/**
 * Holds the card's row lock until `open` is called, so the transactions started meanwhile queue on
 * it in the order they were started (Postgres grants a row's lock to its waiters first come, first served).
 */
function gate(cardId: number) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const done = db.transaction(async (tx) => {
    await tx.select().from(giftCards).where(eq(giftCards.id, cardId)).for("update");
    locked();
    await opened;
  });
  return { isLocked, open, done };
}

describe("deactivating a gift card with open holds", () => {
  it("releases what open checkouts hold, says so in the audit row, and a checkout paid afterwards cannot spend the card", async () => {
    const { card, code, ref } = await heldCard();
    const result = await deactivateGiftCard(db, admin, { id: card.id });
    expect(result).toEqual({ id: card.id, changed: true, releasedHolds: [{ checkoutRef: ref, amountCents: 2000 }] });
    expect(await cardRow(card.id)).toMatchObject({ status: "inactive", balanceCents: 5000, heldCents: 0 });
    expect((await holdRow(ref)).status).toBe("released");
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "gift_card.deactivate"), eq(auditLog.subjectId, String(card.id))));
    expect(audit).toMatchObject({ before: { status: "active", heldCents: 2000 }, after: { status: "inactive", releasedHolds: [{ checkoutRef: ref, amountCents: 2000 }] } });

    // the paid checkout's event: nothing comes off the card; the webhook records the anomaly for the owner
    expect(await db.transaction((tx) => payCheckout(tx, ref))).toBe("unavailable");
    expect(await cardRow(card.id)).toMatchObject({ balanceCents: 5000, heldCents: 0 });
    // and no new checkout can hold it
    await expect(db.transaction((tx) => holdGiftCardForCheckout(tx, env, { code, checkoutRef: checkoutRef(), orderTotalCents: 1000 }))).rejects.toMatchObject({ kind: "BadInput" });
    expect(await ledgerKinds(card.id)).toEqual([["issue", 5000], ["hold", -2000], ["release", 2000]]);
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("racing a redemption that reaches the card first: the checkout is paid by the card, and nothing is left to release", async () => {
    const { card, ref } = await heldCard();
    const g = gate(card.id);
    await g.isLocked;
    const paying = db.transaction((tx) => payCheckout(tx, ref));
    await waitForLockWaiters(1);
    const deactivating = deactivateGiftCard(db, admin, { id: card.id });
    await waitForLockWaiters(2);
    g.open();
    await g.done;
    expect(await paying).toBe("redeem");
    expect(await deactivating).toEqual({ id: card.id, changed: true, releasedHolds: [] });
    expect(await cardRow(card.id)).toMatchObject({ status: "inactive", balanceCents: 3000, heldCents: 0 });
    expect((await holdRow(ref)).status).toBe("redeemed");
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("racing a redemption that reaches the card second: the hold is released and the card pays nothing", async () => {
    const { card, ref } = await heldCard();
    const g = gate(card.id);
    await g.isLocked;
    const deactivating = deactivateGiftCard(db, admin, { id: card.id });
    await waitForLockWaiters(1);
    const paying = db.transaction((tx) => payCheckout(tx, ref));
    await waitForLockWaiters(2);
    g.open();
    await g.done;
    expect(await deactivating).toEqual({ id: card.id, changed: true, releasedHolds: [{ checkoutRef: ref, amountCents: 2000 }] });
    expect(await paying).toBe("unavailable");
    expect(await cardRow(card.id)).toMatchObject({ status: "inactive", balanceCents: 5000, heldCents: 0 });
    expect((await holdRow(ref)).status).toBe("released");
    expect(await ledgerDisagreements(db)).toEqual([]);
  });

  it("racing a new hold: it is either placed and then released, or refused; the card never ends inactive with anything held", async () => {
    for (let round = 0; round < 8; round++) {
      const { card, code } = await createGiftCard(db, secret, { amountCents: 5000 });
      const ref = checkoutRef();
      const [deactivated, held] = await Promise.allSettled([
        deactivateGiftCard(db, admin, { id: card.id }),
        db.transaction((tx) => holdGiftCardForCheckout(tx, env, { code, checkoutRef: ref, orderTotalCents: 2000 })),
      ]);
      expect(deactivated.status).toBe("fulfilled");
      const after = await cardRow(card.id);
      expect(after).toMatchObject({ status: "inactive", balanceCents: 5000, heldCents: 0 });
      if (held.status === "fulfilled") {
        expect((await holdRow(ref)).status).toBe("released");
        expect((deactivated as PromiseFulfilledResult<{ releasedHolds: unknown[] }>).value.releasedHolds).toEqual([{ checkoutRef: ref, amountCents: 2000 }]);
      } else {
        expect(held.reason).toMatchObject({ kind: "BadInput" });
      }
    }
    expect(await ledgerDisagreements(db)).toEqual([]);
  });
});
