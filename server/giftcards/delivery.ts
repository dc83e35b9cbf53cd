// Delivering a gift card to its recipient: run by the send_gift_card job at the delivery time.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { giftCards } from "../../db/schema/index";
import type { Env } from "../env";
import type { Mailer } from "../integrations/mail/mailer";
import { giftCardRecipientMail } from "./mails";
import { openGiftCardCode } from "./sealed-code";

export const sendGiftCardPayload = z.object({ giftCardId: z.number().int().positive(), sealedCode: z.string().min(1) });
export type SendGiftCardPayload = z.infer<typeof sendGiftCardPayload>;

export type DeliveryDeps = { db: Db; env: Pick<Env, "GIFT_CARD_CODE_SECRET" | "PUBLIC_URL">; mailer: Mailer };
export type DeliveryOutcome = "sent" | "already_sent" | "card_inactive";

/**
 * Sends the recipient's mail, then marks the card sent: is_sent and sent_at are set only once
 * the mailer has accepted the message (finding 31). A failure throws, so the job is retried and
 * the card stays unsent. A crash between sending and marking sends the mail again on retry;
 * a second copy of a gift is better than none.
 */
export async function deliverGiftCard(deps: DeliveryDeps, payload: SendGiftCardPayload): Promise<DeliveryOutcome> {
  const [card] = await deps.db.select().from(giftCards).where(eq(giftCards.id, payload.giftCardId));
  if (!card) throw new Error(`gift card ${payload.giftCardId} does not exist`);
  if (card.isSent) return "already_sent";
  // A card the shop deactivated before delivery (a disputed payment) must not reach anyone.
  if (card.status !== "active") return "card_inactive";
  const code = openGiftCardCode(deps.env.GIFT_CARD_CODE_SECRET, card.id, payload.sealedCode);
  const mail = giftCardRecipientMail({
    recipientName: card.recipientName,
    senderName: card.senderName,
    message: card.message,
    code,
    amountCents: card.initialAmountCents,
    currency: card.currency,
    expiresAt: card.expiresAt,
    publicUrl: deps.env.PUBLIC_URL,
  });
  await deps.mailer.send({ to: card.recipientEmail, ...mail });
  await deps.db
    .update(giftCards)
    .set({ isSent: true, sentAt: sql`now()` })
    .where(and(eq(giftCards.id, card.id), eq(giftCards.isSent, false)));
  return "sent";
}
