// The one gift card a shopper applies in the cart. The cart keeps the code's keyed hash and last
// four characters, never the code (decision 011); checkout later holds the card by that hash.
import { and, eq, gt, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { carts, giftCards } from "../../db/schema/index";
import { badInput } from "../errors";
import { checkGiftCardForClient, checkGiftCardInput, type CheckContext } from "./balance";
import { hashGiftCardCode } from "./codes";

export type AppliedGiftCard = {
  last4: string;
  /** false once the card was deactivated or expired after it was applied */
  usable: boolean;
  /** what the card can pay now: its balance less what open checkouts hold */
  availableCents: number;
};

/**
 * Applying a code costs one balance check from the client's allowance, so the cart is no way
 * around the limit that stops codes being guessed (finding 40), and it gets the same one answer
 * for unknown, inactive and expired codes.
 */
export async function applyGiftCardToCart(ctx: CheckContext, sessionId: string, input: unknown): Promise<AppliedGiftCard> {
  const parsed = checkGiftCardInput.safeParse(input);
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((issue) => issue.message))].join(" "), "code");
  const check = await checkGiftCardForClient(ctx, parsed.data);
  if (!check.valid) throw badInput(check.message, "code");
  const applied = { giftCardCodeHash: hashGiftCardCode(ctx.env.GIFT_CARD_CODE_SECRET, parsed.data.code), giftCardLast4: check.last4 };
  await ctx.db
    .insert(carts)
    .values({ sessionId, ...applied })
    .onConflictDoUpdate({ target: carts.sessionId, set: { ...applied, updatedAt: sql`now()` } });
  return { last4: check.last4, usable: true, availableCents: check.availableCents };
}

export async function removeGiftCardFromCart(db: DbOrTx, sessionId: string | undefined): Promise<void> {
  if (!sessionId) return;
  await db.update(carts).set({ giftCardCodeHash: null, giftCardLast4: null, updatedAt: sql`now()` }).where(eq(carts.sessionId, sessionId));
}

/** The applied card as the shopper should see it now, or null when none is applied. */
export async function appliedGiftCard(db: DbOrTx, sessionId: string | undefined): Promise<AppliedGiftCard | null> {
  const applied = await appliedGiftCardHash(db, sessionId);
  if (!applied) return null;
  const [card] = await db
    .select({ balanceCents: giftCards.balanceCents, heldCents: giftCards.heldCents })
    .from(giftCards)
    .where(and(eq(giftCards.codeHash, applied.codeHash), eq(giftCards.status, "active"), or(isNull(giftCards.expiresAt), gt(giftCards.expiresAt, sql`now()`))));
  return { last4: applied.last4, usable: Boolean(card), availableCents: card ? card.balanceCents - card.heldCents : 0 };
}

/** What checkout holds the card by. */
export async function appliedGiftCardHash(db: DbOrTx, sessionId: string | undefined): Promise<{ codeHash: string; last4: string } | null> {
  if (!sessionId) return null;
  const [cart] = await db
    .select({ codeHash: carts.giftCardCodeHash, last4: carts.giftCardLast4 })
    .from(carts)
    .where(and(eq(carts.sessionId, sessionId), isNotNull(carts.giftCardCodeHash)));
  return cart?.codeHash && cart.last4 ? { codeHash: cart.codeHash, last4: cart.last4 } : null;
}
