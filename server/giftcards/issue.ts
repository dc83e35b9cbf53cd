// Issuing a paid gift card: exactly one card per payment however often the payment's events
// arrive (finding 38), with its ledger entry, the buyer's newsletter signup and both e-mails
// committed in the caller's transaction or not at all.
import { eq, or, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { giftCardLedger, giftCards } from "../../db/schema/index";
import type { Env } from "../env";
import { enqueueMail } from "../integrations/mail/enqueue";
import { enqueueJob } from "../jobs/enqueue";
import { subscribe } from "../newsletter/subscribe";
import { codeLast4, generateGiftCardCode, hashGiftCardCode, normalizeGiftCardCode } from "./codes";
import type { SendGiftCardPayload } from "./delivery";
import { giftCardPurchaseConfirmationMail } from "./mails";
import { deliveryTime, type GiftCardPurchase } from "./purchase-input";
import { sealGiftCardCode } from "./sealed-code";

export type IssueGiftCardInput = GiftCardPurchase & {
  stripeCheckoutId: string;
  stripePaymentIntent: string | null;
  currency?: string;
  /** null or absent: the card never expires */
  expiresAt?: Date | null;
};

export type GiftCard = typeof giftCards.$inferSelect;

/** `code` is the plain code, given only to the call that created the card; replays get null. */
export type IssuedGiftCard = { giftCard: GiftCard; code: string | null; created: boolean };

/** A delivery that fails is retried for about three days (graphile-worker backs off up to ~6 h). */
const DELIVERY_ATTEMPTS = 20;

/**
 * The unique checkout and payment intent columns decide who issues: a concurrent or later call
 * for the same payment inserts nothing (on conflict do nothing), re-reads the card the first one
 * made, and does nothing else. The purchase was validated when the checkout was made; it is not
 * re-validated here, because a late event must still issue a card whose delivery date has passed.
 */
export async function issueGiftCard(tx: Tx, env: Pick<Env, "GIFT_CARD_CODE_SECRET">, input: IssueGiftCardInput): Promise<IssuedGiftCard> {
  const code = generateGiftCardCode();
  const deliverAt = deliveryTime(input.deliverOn);
  const [created] = await tx
    .insert(giftCards)
    .values({
      codeHash: hashGiftCardCode(env.GIFT_CARD_CODE_SECRET, code),
      codeLast4: codeLast4(normalizeGiftCardCode(code)!),
      initialAmountCents: input.amountCents,
      balanceCents: input.amountCents,
      currency: input.currency ?? "usd",
      expiresAt: input.expiresAt ?? null,
      recipientName: input.recipientName,
      recipientEmail: input.recipientEmail,
      senderName: input.senderName,
      message: input.message,
      deliverAt,
      buyerEmail: input.buyerEmail,
      stripeCheckoutId: input.stripeCheckoutId,
      stripePaymentIntent: input.stripePaymentIntent,
    })
    .onConflictDoNothing()
    .returning();

  if (!created) {
    const [existing] = await tx
      .select()
      .from(giftCards)
      .where(
        or(
          eq(giftCards.stripeCheckoutId, input.stripeCheckoutId),
          input.stripePaymentIntent ? eq(giftCards.stripePaymentIntent, input.stripePaymentIntent) : sql`false`,
        ),
      )
      .limit(1);
    // Only a collision of two random 80-bit codes could get here; failing lets the event be retried.
    if (!existing) throw new Error("a new gift card's code collided with an existing one");
    return { giftCard: existing, code: null, created: false };
  }

  await tx.insert(giftCardLedger).values({ giftCardId: created.id, kind: "issue", amountCents: input.amountCents, note: `paid by ${input.stripePaymentIntent ?? input.stripeCheckoutId}` });
  if (input.subscribe) await subscribe(tx, input.buyerEmail, "gift_card_purchase");

  const payload: SendGiftCardPayload = { giftCardId: created.id, sealedCode: sealGiftCardCode(env.GIFT_CARD_CODE_SECRET, created.id, code) };
  await enqueueJob(tx, "send_gift_card", payload, { jobKey: `send_gift_card:${created.id}`, runAt: deliverAt, maxAttempts: DELIVERY_ATTEMPTS });
  const confirmation = giftCardPurchaseConfirmationMail({ ...created, amountCents: created.initialAmountCents, last4: created.codeLast4 });
  await enqueueMail(tx, { to: input.buyerEmail, ...confirmation }, { jobKey: `gift-card-confirmation:${created.id}` });
  return { giftCard: created, code, created: true };
}
