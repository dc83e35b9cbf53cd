// Holding part of a gift card for a checkout, and turning the hold into a redemption or letting it
// go. Every function runs in the caller's transaction and locks the card row first (findings 1,
// 34), so concurrent checkouts on one card queue up and none can hold what another holds.
import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../../db/client";
import { giftCardHolds, giftCardLedger, giftCards } from "../../db/schema/index";
import { badInput, conflict } from "../errors";
import { hashGiftCardCode, type GiftCardSecretEnv } from "./codes";
import { giftCardPart } from "../../app/shared/gift-card-coverage";
import { GIFT_CARD_NOT_USABLE } from "./messages";

const holdTarget = {
  checkoutRef: z.string().min(1).max(200),
  orderTotalCents: z.number().int().min(0),
  /** the payment provider's smallest charge, so a part payment never leaves less than that (app/lib/gift-card-coverage.ts) */
  minimumChargeCents: z.number().int().min(0).default(0),
  /** the most the card pays when the provider charges the rest: Stripe's coupons take off the items, never the shipping */
  partCapCents: z.number().int().min(0).optional(),
  /** false when the provider must see the payment anyway (Stripe Tax works the tax out on its page) */
  mayPayAll: z.boolean().default(true),
};
/** A code the shopper just typed, or the keyed hash a cart kept of one they applied earlier. */
const holdInput = z.union([z.object({ code: z.string().max(100), ...holdTarget }), z.object({ codeHash: z.string().regex(/^[0-9a-f]{64}$/), ...holdTarget })]);

export type GiftCardHoldResult = { giftCardId: number; holdId: number | null; heldCents: number; last4: string };

/**
 * Holds min(what the card can still pay, the order total) for one checkout. Nothing to hold is
 * not an error: it returns heldCents 0 and writes nothing. Calling it again for the same
 * checkout and card returns the hold already made. Unknown, inactive and expired codes all get
 * the one generic BadInput (finding 40).
 */
export async function holdGiftCardForCheckout(tx: Tx, env: GiftCardSecretEnv, input: z.input<typeof holdInput>): Promise<GiftCardHoldResult> {
  const parsed = holdInput.parse(input);
  const { checkoutRef, orderTotalCents, minimumChargeCents, partCapCents, mayPayAll } = parsed;
  const codeHash = "codeHash" in parsed ? parsed.codeHash : hashGiftCardCode(env.GIFT_CARD_CODE_SECRET, parsed.code);
  // Read Committed matters here: each statement after the lock sees every hold committed before it.
  const [card] = await tx
    .select({ id: giftCards.id, balanceCents: giftCards.balanceCents, heldCents: giftCards.heldCents, last4: giftCards.codeLast4 })
    .from(giftCards)
    .where(and(eq(giftCards.codeHash, codeHash), eq(giftCards.status, "active"), or(isNull(giftCards.expiresAt), gt(giftCards.expiresAt, sql`now()`))))
    .for("update");
  if (!card) throw badInput(GIFT_CARD_NOT_USABLE);

  const [existing] = await tx.select().from(giftCardHolds).where(eq(giftCardHolds.checkoutRef, checkoutRef));
  if (existing) {
    if (existing.giftCardId !== card.id || existing.status !== "active") throw conflict("This checkout already has a gift card applied.");
    return { giftCardId: card.id, holdId: existing.id, heldCents: existing.amountCents, last4: card.last4 };
  }

  const amountCents = giftCardPart(card.balanceCents - card.heldCents, { orderTotalCents, partCapCents, mayPayAll }, minimumChargeCents);
  if (amountCents <= 0) return { giftCardId: card.id, holdId: null, heldCents: 0, last4: card.last4 };

  const holdId = await placeHold(tx, { giftCardId: card.id, checkoutRef, amountCents });
  return { giftCardId: card.id, holdId, heldCents: amountCents, last4: card.last4 };
}

/** The hold row, the card's held total and the ledger entry. The caller has locked the card and checked it can pay. */
export async function placeHold(tx: Tx, hold: { giftCardId: number; checkoutRef: string; amountCents: number }): Promise<number> {
  const [row] = await tx.insert(giftCardHolds).values(hold).returning({ id: giftCardHolds.id });
  await tx.update(giftCards).set({ heldCents: sql`${giftCards.heldCents} + ${hold.amountCents}` }).where(eq(giftCards.id, hold.giftCardId));
  await tx.insert(giftCardLedger).values({ giftCardId: hold.giftCardId, kind: "hold", amountCents: -hold.amountCents, holdId: row!.id, note: `checkout ${hold.checkoutRef}` });
  return row!.id;
}

export type HoldState = { id: number; giftCardId: number; amountCents: number; status: "active" | "redeemed" | "released" };
/** The hold after the call (null: the checkout held nothing) and whether this call changed it. */
export type HoldTransition = { hold: HoldState | null; changed: boolean };

/** Locks the card a checkout's hold is on; always card before hold, so two calls cannot deadlock. */
export async function lockCardOfHold(tx: Tx, checkoutRef: string): Promise<{ id: number } | undefined> {
  const [card] = await tx
    .select({ id: giftCards.id })
    .from(giftCards)
    .where(eq(giftCards.id, sql`(select ${giftCardHolds.giftCardId} from ${giftCardHolds} where ${giftCardHolds.checkoutRef} = ${checkoutRef})`))
    .for("update");
  return card;
}

async function transition(tx: Tx, checkoutRef: string, to: "redeemed" | "released"): Promise<HoldTransition> {
  if (!(await lockCardOfHold(tx, checkoutRef))) return { hold: null, changed: false };
  const [changed] = await tx
    .update(giftCardHolds)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(giftCardHolds.checkoutRef, checkoutRef), eq(giftCardHolds.status, "active")))
    .returning();
  if (changed) return { hold: changed, changed: true };
  const [current] = await tx.select().from(giftCardHolds).where(eq(giftCardHolds.checkoutRef, checkoutRef));
  return { hold: current ?? null, changed: false };
}

/**
 * The checkout was paid: its hold becomes a redemption and leaves the balance. Redeeming again
 * changes nothing; a hold already released is not redeemed (the result says so, status
 * "released", and the caller decides what a payment without its hold means).
 */
export async function redeemHold(tx: Tx, checkoutRef: string, options: { orderId?: number } = {}): Promise<HoldTransition> {
  const result = await transition(tx, checkoutRef, "redeemed");
  if (!result.changed || !result.hold) return result;
  const { id, giftCardId, amountCents } = result.hold;
  await tx
    .update(giftCards)
    .set({ balanceCents: sql`${giftCards.balanceCents} - ${amountCents}`, heldCents: sql`${giftCards.heldCents} - ${amountCents}` })
    .where(eq(giftCards.id, giftCardId));
  await tx.insert(giftCardLedger).values({ giftCardId, kind: "redeem", amountCents: -amountCents, holdId: id, orderId: options.orderId ?? null, note: `checkout ${checkoutRef}` });
  return result;
}

/** The checkout expired or failed: what it held is available again. A redeemed hold is never released. */
export async function releaseHold(tx: Tx, checkoutRef: string): Promise<HoldTransition> {
  const result = await transition(tx, checkoutRef, "released");
  if (!result.changed || !result.hold) return result;
  const { id, giftCardId, amountCents } = result.hold;
  await tx.update(giftCards).set({ heldCents: sql`${giftCards.heldCents} - ${amountCents}` }).where(eq(giftCards.id, giftCardId));
  await tx.insert(giftCardLedger).values({ giftCardId, kind: "release", amountCents, holdId: id, note: `checkout ${checkoutRef}` });
  return result;
}
