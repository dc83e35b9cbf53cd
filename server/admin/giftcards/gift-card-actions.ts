// What the back office's gift card pages and the admin procedures call: store credit, adjustments,
// deactivation and a fresh delivery, each under the card's row lock (decision 009) and audited in
// the change's own transaction.
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db, Tx } from "../../../db/client";
import { giftCardHolds, giftCardLedger, giftCards } from "../../../db/schema/index";
import { STUDIO } from "../../content/studio";
import type { Env } from "../../env";
import { badInput, conflict, notFound } from "../../errors";
import { codeLast4, generateGiftCardCode, hashGiftCardCode, normalizeGiftCardCode } from "../../giftcards/codes";
import { adjustBalance } from "../../giftcards/credits";
import { releaseHold } from "../../giftcards/holds";
import type { SendGiftCardPayload } from "../../giftcards/delivery";
import { sealGiftCardCode } from "../../giftcards/sealed-code";
import { enqueueJob } from "../../jobs/enqueue";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { adjustGiftCardSchema, giftCardIdInput, issueStoreCreditSchema } from "./gift-card-inputs";

type SecretEnv = Pick<Env, "GIFT_CARD_CODE_SECRET">;

/** As a paid card's delivery: retried for about three days (server/giftcards/issue.ts). */
const DELIVERY_ATTEMPTS = 20;

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw badInput(issue.message, typeof issue.path[0] === "string" ? issue.path[0] : undefined);
  }
  return result.data;
}

/**
 * The code goes to the recipient only through the send_gift_card job, sealed (decision 009); the
 * same job key as a paid card's, so a newer delivery replaces one still waiting.
 */
async function enqueueDelivery(tx: Tx, env: SecretEnv, giftCardId: number, code: string): Promise<void> {
  const payload: SendGiftCardPayload = { giftCardId, sealedCode: sealGiftCardCode(env.GIFT_CARD_CODE_SECRET, giftCardId, code) };
  await enqueueJob(tx, "send_gift_card", payload, { jobKey: `send_gift_card:${giftCardId}`, maxAttempts: DELIVERY_ATTEMPTS });
}

async function lockCard(tx: Tx, id: number) {
  const [card] = await tx.select().from(giftCards).where(eq(giftCards.id, id)).for("update");
  if (!card) throw notFound("No such gift card.");
  return card;
}

/** A new card paid by nobody: the shop's goodwill or a refund as credit, mailed to the recipient at once. */
export async function issueStoreCredit(db: Db, env: SecretEnv, admin: Admin, input: z.input<typeof issueStoreCreditSchema>) {
  const credit = parsed(issueStoreCreditSchema, input);
  const code = generateGiftCardCode();
  return db.transaction(async (tx) => {
    const [card] = await tx
      .insert(giftCards)
      .values({
        codeHash: hashGiftCardCode(env.GIFT_CARD_CODE_SECRET, code),
        codeLast4: codeLast4(normalizeGiftCardCode(code)!),
        initialAmountCents: credit.amountCents,
        balanceCents: credit.amountCents,
        recipientName: credit.recipientName,
        recipientEmail: credit.recipientEmail,
        senderName: STUDIO.name,
        message: credit.message,
        buyerEmail: admin.email,
      })
      .returning();
    await tx.insert(giftCardLedger).values({ giftCardId: card!.id, kind: "issue", amountCents: credit.amountCents, note: `store credit: ${credit.reason}` });
    await enqueueDelivery(tx, env, card!.id, code);
    const after = { last4: card!.codeLast4, amountCents: credit.amountCents, recipientEmail: credit.recipientEmail, reason: credit.reason };
    await recordAudit(tx, { adminUserId: admin.id, action: "gift_card.issue", subject: { type: "gift_card", id: card!.id }, before: null, after });
    return { id: card!.id, last4: card!.codeLast4 };
  });
}

/** A ledger row with the reason; the lock and the floor (zero, and what open checkouts hold) are the ledger's own. */
export async function adjustGiftCard(db: Db, admin: Admin, input: z.input<typeof adjustGiftCardSchema>) {
  const { id, deltaCents, reason } = parsed(adjustGiftCardSchema, input);
  return db.transaction(async (tx) => {
    const card = await lockCard(tx, id);
    if (card.status !== "active") throw conflict("This card is deactivated; its balance can no longer change.");
    const result = await adjustBalance(tx, id, deltaCents, reason);
    await recordAudit(tx, {
      adminUserId: admin.id,
      action: "gift_card.adjust",
      subject: { type: "gift_card", id },
      before: { balanceCents: card.balanceCents },
      after: { balanceCents: result.balanceCents, deltaCents, reason },
    });
    return { id, ...result };
  });
}

/**
 * For good, as Shopify's: a deactivated card pays nothing and its delivery mail is not sent. What
 * open checkouts hold on it is released in the same transaction, under the card's lock, which every
 * hold and redemption takes first (server/giftcards/holds.ts): a checkout that held part of the
 * balance before the deactivation and is paid after it finds its hold released and the card
 * unusable, so the money does not come off the card and the payment is recorded as a
 * gift_card_unavailable anomaly for the owner to refund or ship (decision 011), instead of a
 * deactivated card quietly paying. A checkout paid before it has redeemed its hold, and nothing is
 * released. A hold asked for after it finds no active card.
 */
export async function deactivateGiftCard(db: Db, admin: Admin, input: z.input<typeof giftCardIdInput>) {
  const { id } = parsed(giftCardIdInput, input);
  return db.transaction(async (tx) => {
    const card = await lockCard(tx, id);
    if (card.status === "inactive") return { id, changed: false, releasedHolds: [] as ReleasedHold[] };
    await tx.update(giftCards).set({ status: "inactive" }).where(eq(giftCards.id, id));
    const open = await tx
      .select({ checkoutRef: giftCardHolds.checkoutRef, amountCents: giftCardHolds.amountCents })
      .from(giftCardHolds)
      .where(and(eq(giftCardHolds.giftCardId, id), eq(giftCardHolds.status, "active")))
      .orderBy(giftCardHolds.id);
    const releasedHolds: ReleasedHold[] = [];
    for (const hold of open) if ((await releaseHold(tx, hold.checkoutRef)).changed) releasedHolds.push(hold);
    await recordAudit(tx, {
      adminUserId: admin.id,
      action: "gift_card.deactivate",
      subject: { type: "gift_card", id },
      before: { status: card.status, heldCents: card.heldCents },
      after: { status: "inactive", releasedHolds },
    });
    return { id, changed: true, releasedHolds };
  });
}

export type ReleasedHold = { checkoutRef: string; amountCents: number };

/**
 * The shop keeps only a keyed hash of each code, so a lost mail cannot be sent again as it was: the
 * card gets a new code (the old one stops working; balance, holds and history stay) and the
 * recipient a new mail with it.
 */
export async function resendGiftCard(db: Db, env: SecretEnv, admin: Admin, input: z.input<typeof giftCardIdInput>) {
  const { id } = parsed(giftCardIdInput, input);
  const code = generateGiftCardCode();
  return db.transaction(async (tx) => {
    const card = await lockCard(tx, id);
    if (card.status !== "active") throw conflict("This card is deactivated, so it is not sent again.");
    const last4 = codeLast4(normalizeGiftCardCode(code)!);
    await tx
      .update(giftCards)
      .set({ codeHash: hashGiftCardCode(env.GIFT_CARD_CODE_SECRET, code), codeLast4: last4, isSent: false, sentAt: null, deliverAt: sql`now()` })
      .where(eq(giftCards.id, id));
    await enqueueDelivery(tx, env, id, code);
    await recordAudit(tx, { adminUserId: admin.id, action: "gift_card.resend", subject: { type: "gift_card", id }, before: { last4: card.codeLast4, isSent: card.isSent }, after: { last4, recipientEmail: card.recipientEmail } });
    return { id, last4 };
  });
}
