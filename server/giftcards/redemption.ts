// A paid checkout's gift card part becoming a redemption, decided and carried out under the card's
// lock, including the late case: the payment's event arrives after the hold was let go (decision 011).
import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { giftCardHolds, giftCards } from "../../db/schema/index";
import { lockCardOfHold, placeHold, redeemHold } from "./holds";

export type RedemptionPlan =
  | { kind: "nothing" }
  | { kind: "redeem"; checkoutRef: string }
  /** the hold was released, but the card can still pay: hold the amount again and redeem that */
  | { kind: "hold_again"; giftCardId: number; amountCents: number; checkoutRef: string }
  | { kind: "unavailable"; details: Record<string, unknown> };

/** Hold references are unique, so the second hold for a checkout gets its own. */
export const lateHoldRef = (checkoutRef: string) => `${checkoutRef}:late`;

/**
 * How `amountCents` of a paid checkout comes off its card. Locks the card for the rest of the
 * caller's transaction, so the plan still holds when `redeemPlanned` carries it out after the
 * order exists. "unavailable" means the money cannot come off the card: the caller must not
 * fulfil the payment as if it had.
 */
export async function planRedemption(tx: Tx, checkoutRef: string, amountCents: number): Promise<RedemptionPlan> {
  if (amountCents === 0) return { kind: "nothing" };
  const card = await lockCardOfHold(tx, checkoutRef);
  const [hold] = card ? await tx.select().from(giftCardHolds).where(eq(giftCardHolds.checkoutRef, checkoutRef)) : [];
  if (!card || !hold) return { kind: "unavailable", details: { reason: "the checkout has a gift card discount but no hold", discountCents: amountCents } };
  if (hold.amountCents !== amountCents) {
    return { kind: "unavailable", details: { reason: "the hold differs from the checkout's discount", giftCardId: card.id, heldCents: hold.amountCents, discountCents: amountCents } };
  }
  if (hold.status === "active") return { kind: "redeem", checkoutRef };
  if (hold.status === "redeemed") return { kind: "nothing" };

  const [usable] = await tx
    .select({ balanceCents: giftCards.balanceCents, heldCents: giftCards.heldCents })
    .from(giftCards)
    .where(and(eq(giftCards.id, card.id), eq(giftCards.status, "active"), or(isNull(giftCards.expiresAt), gt(giftCards.expiresAt, sql`now()`))));
  const availableCents = usable ? usable.balanceCents - usable.heldCents : 0;
  if (availableCents < amountCents) {
    return {
      kind: "unavailable",
      details: { reason: "the hold was released and the card can no longer pay its part", giftCardId: card.id, discountCents: amountCents, availableCents, cardUsable: Boolean(usable) },
    };
  }
  return { kind: "hold_again", giftCardId: card.id, amountCents, checkoutRef: lateHoldRef(checkoutRef) };
}

/** Carries out a plan from `planRedemption` in the same transaction, naming the order it paid for. */
export async function redeemPlanned(tx: Tx, plan: RedemptionPlan, orderId: number): Promise<void> {
  if (plan.kind === "unavailable") throw new Error("an unavailable gift card redemption cannot be carried out");
  if (plan.kind === "nothing") return;
  if (plan.kind === "hold_again") await placeHold(tx, plan);
  const { changed } = await redeemHold(tx, plan.checkoutRef, { orderId });
  if (!changed) throw new Error(`the gift card hold for ${plan.checkoutRef} could not be redeemed`);
}
