// Gift cards, the holds checkouts place on them, and the ledger of every movement.
//
// Invariants (checked by `ledgerDisagreements` in server/giftcards/ledger.ts):
// - balance_cents = sum of ledger amounts of the kinds that move the balance
//   (issue, redeem, refund_credit, adjustment); holds never change the balance.
// - held_cents = sum of amount_cents of the card's holds with status active.
// - 0 <= held_cents <= balance_cents, enforced by a check constraint, so what a card can still
//   pay (balance - held) is never negative whatever the code does.
// Both columns change only under `SELECT … FOR UPDATE` of the card row (findings 1, 34).
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { orders } from "./orders";

export const giftCardStatus = pgEnum("gift_card_status", ["active", "inactive"]);
export const giftCardHoldStatus = pgEnum("gift_card_hold_status", ["active", "redeemed", "released"]);
export const giftCardLedgerKinds = ["issue", "hold", "release", "redeem", "refund_credit", "adjustment"] as const;
export const giftCardLedgerKind = pgEnum("gift_card_ledger_kind", giftCardLedgerKinds);

export const giftCards = pgTable(
  "gift_cards",
  {
    id: serial().primaryKey(),
    /** HMAC-SHA256 of the normalized code under GIFT_CARD_CODE_SECRET; the code itself is never stored */
    codeHash: text().notNull().unique(),
    /** shown to the shop and the shopper to tell cards apart, as Shopify shows merchants */
    codeLast4: text().notNull(),
    initialAmountCents: integer().notNull(),
    balanceCents: integer().notNull(),
    /** sum of the active holds, kept on the row so the lock on it guards both numbers */
    heldCents: integer().notNull().default(0),
    currency: text().notNull().default("usd"),
    status: giftCardStatus().notNull().default("active"),
    /** null: never expires (the CARD Act forbids expiry within five years; several states forbid it entirely) */
    expiresAt: timestamp({ withTimezone: true }),
    recipientName: text().notNull(),
    recipientEmail: text().notNull(),
    senderName: text().notNull(),
    message: text().notNull().default(""),
    deliverAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    isSent: boolean().notNull().default(false),
    sentAt: timestamp({ withTimezone: true }),
    buyerEmail: text().notNull(),
    /** one card per payment, however often the provider's events arrive (finding 38) */
    stripeCheckoutId: text().unique(),
    stripePaymentIntent: text().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.recipientEmail),
    index().on(t.buyerEmail),
    check("gift_cards_initial_amount_positive", sql`${t.initialAmountCents} > 0`),
    check("gift_cards_balance_nonnegative", sql`${t.balanceCents} >= 0`),
    check("gift_cards_held_within_balance", sql`${t.heldCents} >= 0 and ${t.heldCents} <= ${t.balanceCents}`),
    check("gift_cards_sent_at_matches_is_sent", sql`${t.isSent} = (${t.sentAt} is not null)`),
    check("gift_cards_last4_format", sql`${t.codeLast4} ~ '^[0-9A-Z]{4}$'`),
  ],
);

export const giftCardHolds = pgTable(
  "gift_card_holds",
  {
    id: serial().primaryKey(),
    giftCardId: integer()
      .notNull()
      .references(() => giftCards.id, { onDelete: "restrict" }),
    /** the checkout the amount is held for; a checkout applies one card, so this is unique */
    checkoutRef: text().notNull().unique(),
    amountCents: integer().notNull(),
    status: giftCardHoldStatus().notNull().default("active"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.giftCardId, t.status),
    index("gift_card_holds_active_created_at_idx").on(t.createdAt).where(sql`${t.status} = 'active'`),
    check("gift_card_holds_amount_positive", sql`${t.amountCents} > 0`),
  ],
);

export const giftCardLedger = pgTable(
  "gift_card_ledger",
  {
    id: serial().primaryKey(),
    giftCardId: integer()
      .notNull()
      .references(() => giftCards.id, { onDelete: "restrict" }),
    kind: giftCardLedgerKind().notNull(),
    /** signed: issue, release and refund_credit add; hold and redeem subtract; adjustment either */
    amountCents: integer().notNull(),
    holdId: integer().references(() => giftCardHolds.id, { onDelete: "restrict" }),
    orderId: integer().references(() => orders.id, { onDelete: "set null" }),
    note: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.giftCardId, t.createdAt),
    // A hold is placed, released, redeemed and credited back at most once each: the second guard
    // behind the status transitions, and what makes a refund credit happen exactly once.
    uniqueIndex("gift_card_ledger_one_entry_per_hold_and_kind").on(t.holdId, t.kind).where(sql`${t.holdId} is not null`),
    index().on(t.orderId),
    uniqueIndex("gift_card_ledger_one_issue_per_card").on(t.giftCardId).where(sql`${t.kind} = 'issue'`),
    check("gift_card_ledger_amount_nonzero", sql`${t.amountCents} <> 0`),
    check(
      "gift_card_ledger_sign_matches_kind",
      sql`case ${t.kind}
        when 'issue' then ${t.amountCents} > 0
        when 'release' then ${t.amountCents} > 0
        when 'refund_credit' then ${t.amountCents} > 0
        when 'hold' then ${t.amountCents} < 0
        when 'redeem' then ${t.amountCents} < 0
        else true end`,
    ),
    check("gift_card_ledger_hold_kinds_name_their_hold", sql`${t.kind} in ('issue', 'adjustment') or ${t.holdId} is not null`),
  ],
);
