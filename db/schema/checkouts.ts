// A checkout attempt: the cart as it was priced when the shopper went to pay, linked to the
// payment provider's session. Orders are made from this snapshot, never from the live cart.
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { carts } from "./cart";

export const checkoutStatus = pgEnum("checkout_status", ["open", "awaiting_payment", "paid", "expired", "payment_failed"]);

export type CheckoutLine = {
  variantId: number | null;
  productId: number | null;
  title: string;
  description: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
};

export const checkouts = pgTable(
  "checkouts",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** the shopper's session id: only that shopper sees the outcome page */
    sessionId: text().notNull(),
    cartId: uuid().references(() => carts.id, { onDelete: "set null" }),
    email: text().notNull(),
    newsletterOptIn: boolean().notNull().default(false),
    status: checkoutStatus().notNull().default("open"),
    lines: jsonb().$type<CheckoutLine[]>().notNull(),
    subtotalCents: integer().notNull(),
    discountCents: integer().notNull().default(0),
    totalCents: integer().notNull(),
    currency: text().notNull().default("usd"),
    providerSessionId: text().unique(),
    expiresAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.cartId),
    index().on(t.sessionId),
    check("checkouts_totals_nonnegative", sql`${t.subtotalCents} >= 0 and ${t.discountCents} >= 0 and ${t.totalCents} >= 0`),
  ],
);
