// The back office's gift card list: newest first, found by the code's last four or the recipient's
// e-mail, a page at a time by keyset (the id). Only the last four of a code exist to show (decision 009).
import { and, count, desc, eq, ilike, lt, or } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../../db/client";
import { giftCardHolds, giftCardLedger, giftCards } from "../../../db/schema/index";
import { badInput, notFound } from "../../errors";
import { containsPattern } from "../people/search-pattern";

export const GIFT_CARD_PAGE_SIZE = 25;

const blankIsUnset = (v: unknown) => (v === "" ? undefined : v);

export const giftCardListInput = z.object({
  q: z.preprocess(blankIsUnset, z.string().trim().max(100, "A search is at most 100 characters.").optional()),
  before: z.preprocess(blankIsUnset, z.coerce.number({ error: "That page does not exist." }).int().positive().max(2_147_483_647).optional()),
});

export const giftCardIdField = z.coerce.number({ error: "No such gift card." }).int("No such gift card.").positive("No such gift card.").max(2_147_483_647, "No such gift card.");

export type GiftCardStatus = "active" | "inactive";

export type GiftCardRow = {
  id: number;
  last4: string;
  recipientName: string;
  recipientEmail: string;
  initialAmountCents: number;
  balanceCents: number;
  heldCents: number;
  currency: string;
  status: GiftCardStatus;
  isSent: boolean;
  /** bought in the shop, or store credit the owner issued */
  paid: boolean;
  createdAt: string;
};
export type GiftCardListPage = { rows: GiftCardRow[]; matching: number; nextBefore: number | null };

const rowColumns = {
  id: giftCards.id,
  last4: giftCards.codeLast4,
  recipientName: giftCards.recipientName,
  recipientEmail: giftCards.recipientEmail,
  initialAmountCents: giftCards.initialAmountCents,
  balanceCents: giftCards.balanceCents,
  heldCents: giftCards.heldCents,
  currency: giftCards.currency,
  status: giftCards.status,
  isSent: giftCards.isSent,
  stripeCheckoutId: giftCards.stripeCheckoutId,
  createdAt: giftCards.createdAt,
};

function toRow({ stripeCheckoutId, createdAt, ...row }: { stripeCheckoutId: string | null; createdAt: Date } & Omit<GiftCardRow, "paid" | "createdAt">): GiftCardRow {
  return { ...row, paid: stripeCheckoutId !== null, createdAt: createdAt.toISOString() };
}

export async function listGiftCards(db: DbOrTx, input: z.input<typeof giftCardListInput> = {}): Promise<GiftCardListPage> {
  const parsed = giftCardListInput.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { q, before } = parsed.data;
  // Four code characters are matched exactly (upper case, as stored); anything else searches e-mails.
  const filter = q ? or(eq(giftCards.codeLast4, q.toUpperCase()), ilike(giftCards.recipientEmail, containsPattern(q))) : undefined;
  const [rows, [matching]] = await Promise.all([
    db
      .select(rowColumns)
      .from(giftCards)
      .where(and(filter, before === undefined ? undefined : lt(giftCards.id, before)))
      .orderBy(desc(giftCards.id))
      .limit(GIFT_CARD_PAGE_SIZE + 1),
    db.select({ n: count() }).from(giftCards).where(filter),
  ]);
  const page = rows.slice(0, GIFT_CARD_PAGE_SIZE);
  return { rows: page.map(toRow), matching: matching!.n, nextBefore: rows.length > GIFT_CARD_PAGE_SIZE ? page.at(-1)!.id : null };
}

export type GiftCardLedgerEntry = { id: number; kind: string; amountCents: number; note: string; at: string };
export type GiftCardHold = { id: number; checkoutRef: string; amountCents: number; status: string; at: string };
export type AdminGiftCard = GiftCardRow & { senderName: string; sentAt: string | null; deliverAt: string; ledger: GiftCardLedgerEntry[]; holds: GiftCardHold[] };

export async function loadAdminGiftCard(db: DbOrTx, id: unknown): Promise<AdminGiftCard> {
  const parsed = giftCardIdField.safeParse(id);
  if (!parsed.success) throw notFound("No such gift card.");
  const [card] = await db
    .select({ ...rowColumns, senderName: giftCards.senderName, sentAt: giftCards.sentAt, deliverAt: giftCards.deliverAt })
    .from(giftCards)
    .where(eq(giftCards.id, parsed.data));
  if (!card) throw notFound("No such gift card.");
  const [ledger, holds] = await Promise.all([
    db.select().from(giftCardLedger).where(eq(giftCardLedger.giftCardId, card.id)).orderBy(desc(giftCardLedger.id)),
    db.select().from(giftCardHolds).where(eq(giftCardHolds.giftCardId, card.id)).orderBy(desc(giftCardHolds.id)),
  ]);
  const { senderName, sentAt, deliverAt, ...row } = card;
  return {
    ...toRow(row),
    senderName,
    sentAt: sentAt?.toISOString() ?? null,
    deliverAt: deliverAt.toISOString(),
    ledger: ledger.map((e) => ({ id: e.id, kind: e.kind, amountCents: e.amountCents, note: e.note, at: e.createdAt.toISOString() })),
    holds: holds.map((h) => ({ id: h.id, checkoutRef: h.checkoutRef, amountCents: h.amountCents, status: h.status, at: h.createdAt.toISOString() })),
  };
}
