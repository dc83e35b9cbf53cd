// What a shopper may learn about a code: the balance of a usable card, or one answer for every
// other case, given in the same way and in about the same time (finding 40).
import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { giftCards } from "../../db/schema/index";
import { badInput } from "../errors";
import { requiredText } from "../forms/fields";
import type { RateLimiter, RateLimits } from "../rate-limits/rate-limits";
import { hashGiftCardCode, type GiftCardSecretEnv } from "./codes";
import { GIFT_CARD_CHECKS_EXHAUSTED, GIFT_CARD_NOT_USABLE } from "./messages";

export const checkGiftCardInput = z.object({
  code: requiredText({ required: "Enter a gift card code.", max: 100, tooLong: "That is too long to be a gift card code." }),
});

export type UsableGiftCard = {
  valid: true;
  last4: string;
  currency: string;
  balanceCents: number;
  /** held by checkouts not yet paid or expired */
  heldCents: number;
  availableCents: number;
  /** ISO 8601, or null when the card never expires */
  expiresAt: string | null;
};
export type UnusableGiftCard = { valid: false; message: string };
export type GiftCardCheck = UsableGiftCard | UnusableGiftCard;

const unusable: UnusableGiftCard = Object.freeze({ valid: false, message: GIFT_CARD_NOT_USABLE });

/**
 * Unknown, inactive and expired all come back as the same frozen object. The code is always
 * hashed and the same single indexed query always runs, with the status and expiry tests inside
 * it, so no branch in this process runs for one case and not another.
 */
export async function checkGiftCard(db: DbOrTx, env: GiftCardSecretEnv, code: string): Promise<GiftCardCheck> {
  const [card] = await db
    .select({
      last4: giftCards.codeLast4,
      currency: giftCards.currency,
      balanceCents: giftCards.balanceCents,
      heldCents: giftCards.heldCents,
      expiresAt: giftCards.expiresAt,
    })
    .from(giftCards)
    .where(and(eq(giftCards.codeHash, hashGiftCardCode(env.GIFT_CARD_CODE_SECRET, code)), eq(giftCards.status, "active"), or(isNull(giftCards.expiresAt), gt(giftCards.expiresAt, sql`now()`))));
  if (!card) return unusable;
  return {
    valid: true,
    last4: card.last4,
    currency: card.currency,
    balanceCents: card.balanceCents,
    heldCents: card.heldCents,
    availableCents: card.balanceCents - card.heldCents,
    expiresAt: card.expiresAt?.toISOString() ?? null,
  };
}

/** Checks per client address, counted in Postgres so every web process shares the window. */
export const GIFT_CARD_CHECK_LIMIT = { keyPrefix: "gift-card-check", points: 10, durationSeconds: 15 * 60, message: GIFT_CARD_CHECKS_EXHAUSTED };

export function giftCardCheckLimiter(rateLimits: RateLimits): RateLimiter {
  return rateLimits.limiter(GIFT_CARD_CHECK_LIMIT);
}

export type CheckContext = { db: DbOrTx; env: GiftCardSecretEnv; rateLimits: RateLimits; clientIp: string };

/** The tRPC procedure and the balance page both come through here, so they share one limit. */
export async function checkGiftCardForClient(ctx: CheckContext, input: unknown): Promise<GiftCardCheck> {
  const { code } = parseCheckInput(input);
  await giftCardCheckLimiter(ctx.rateLimits).consume(ctx.clientIp);
  return checkGiftCard(ctx.db, ctx.env, code);
}

function parseCheckInput(input: unknown): z.output<typeof checkGiftCardInput> {
  const parsed = checkGiftCardInput.safeParse(input);
  if (parsed.success) return parsed.data;
  throw badInput([...new Set(parsed.error.issues.map((issue) => issue.message))].join(" "), "code");
}
