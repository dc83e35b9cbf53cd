// Refunds the back office makes, one row a request: how much, how it splits between the card that
// paid and the gift card, and where it stands with the payment provider (decision 025).
import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { orders } from "./orders";

export const orderRefundStatus = pgEnum("order_refund_status", ["pending", "succeeded", "failed"]);

export const orderRefunds = pgTable(
  "order_refunds",
  {
    id: serial().primaryKey(),
    orderId: integer()
      .notNull()
      .references(() => orders.id, { onDelete: "restrict" }),
    amountCents: integer().notNull(),
    /** what goes back onto the gift card that paid part of the order, through its ledger */
    giftCardCents: integer().notNull(),
    /** what goes back to the payment card through the provider */
    paymentCents: integer().notNull(),
    /** one per form the owner submitted: a double click or a retry finds the first request's row */
    idempotencyKey: text().notNull().unique(),
    /** pending while the provider is asked; a pending or succeeded row counts against what is left to refund */
    status: orderRefundStatus().notNull().default("pending"),
    stripeRefundId: text().unique(),
    failureMessage: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.orderId),
    check("order_refunds_amount_positive", sql`${t.amountCents} > 0`),
    check("order_refunds_parts_add_up", sql`${t.giftCardCents} >= 0 and ${t.paymentCents} >= 0 and ${t.giftCardCents} + ${t.paymentCents} = ${t.amountCents}`),
  ],
);
