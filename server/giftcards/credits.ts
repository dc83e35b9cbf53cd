// Money going back onto a card: a refunded order's gift card part, and the shop's own adjustments.
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { giftCardHolds, giftCardLedger, giftCards } from "../../db/schema/index";
import { badInput, conflict, notFound } from "../errors";
import { lockCardOfHold } from "./holds";

export type RefundCreditResult = { giftCardId: number | null; creditedCents: number };

/**
 * Credits back what a refunded checkout redeemed from its card, exactly once: the ledger allows
 * one refund_credit entry per hold, so a replayed refund event credits nothing the second time.
 * A checkout that used no card, or whose hold was never redeemed, credits nothing.
 */
export async function refundCredit(tx: Tx, checkoutRef: string, options: { orderId?: number } = {}): Promise<RefundCreditResult> {
  const card = await lockCardOfHold(tx, checkoutRef);
  if (!card) return { giftCardId: null, creditedCents: 0 };
  const [hold] = await tx
    .select()
    .from(giftCardHolds)
    .where(and(eq(giftCardHolds.checkoutRef, checkoutRef), eq(giftCardHolds.status, "redeemed")));
  if (!hold) return { giftCardId: card.id, creditedCents: 0 };
  const [entry] = await tx
    .insert(giftCardLedger)
    .values({ giftCardId: card.id, kind: "refund_credit", amountCents: hold.amountCents, holdId: hold.id, orderId: options.orderId ?? null, note: `refund of checkout ${checkoutRef}` })
    .onConflictDoNothing()
    .returning({ id: giftCardLedger.id });
  if (!entry) return { giftCardId: card.id, creditedCents: 0 };
  await tx.update(giftCards).set({ balanceCents: sql`${giftCards.balanceCents} + ${hold.amountCents}` }).where(eq(giftCards.id, card.id));
  return { giftCardId: card.id, creditedCents: hold.amountCents };
}

/**
 * A fully refunded order gets back what its card paid, once, whichever hold paid it (the first, or
 * the one made again for a late payment): the ledger's redeem entry names the order.
 */
export async function refundCreditForOrder(tx: Tx, orderId: number): Promise<RefundCreditResult> {
  const [redeemed] = await tx
    .select({ checkoutRef: giftCardHolds.checkoutRef })
    .from(giftCardLedger)
    .innerJoin(giftCardHolds, eq(giftCardHolds.id, giftCardLedger.holdId))
    .where(and(eq(giftCardLedger.orderId, orderId), eq(giftCardLedger.kind, "redeem")));
  if (!redeemed) return { giftCardId: null, creditedCents: 0 };
  return refundCredit(tx, redeemed.checkoutRef, { orderId });
}

export type AdjustmentResult = { balanceCents: number; heldCents: number };

/**
 * The shop corrects a balance by a signed amount. It never takes the balance below zero, nor
 * below what open checkouts hold (they were promised that money). Called today only by its tests;
 * the back office's "adjust with a reason" (issue 15) is its caller.
 */
export async function adjustBalance(tx: Tx, giftCardId: number, deltaCents: number, note: string): Promise<AdjustmentResult> {
  if (!Number.isSafeInteger(deltaCents) || deltaCents === 0) throw badInput("An adjustment is a whole, non-zero number of cents.");
  if (note.trim() === "") throw badInput("Say why the balance is adjusted.");
  const [card] = await tx
    .select({ balanceCents: giftCards.balanceCents, heldCents: giftCards.heldCents })
    .from(giftCards)
    .where(eq(giftCards.id, giftCardId))
    .for("update");
  if (!card) throw notFound("No such gift card.");
  const balanceCents = card.balanceCents + deltaCents;
  if (balanceCents < 0) throw conflict("That adjustment would take the balance below zero.");
  if (balanceCents < card.heldCents) throw conflict("That adjustment would take the balance below what open checkouts hold.");
  await tx.update(giftCards).set({ balanceCents }).where(eq(giftCards.id, giftCardId));
  await tx.insert(giftCardLedger).values({ giftCardId, kind: "adjustment", amountCents: deltaCents, note: note.trim() });
  return { balanceCents, heldCents: card.heldCents };
}
