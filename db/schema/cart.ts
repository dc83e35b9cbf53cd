// A shopper's cart, owned by the session id in their signed cookie.
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { printVariants } from "./catalog";
import { products } from "./products";

export const carts = pgTable(
  "carts",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: text().notNull().unique(),
    /** the gift card the shopper applied: its keyed hash (never the code itself, decision 011) */
    giftCardCodeHash: text(),
    /** shown back to the shopper so they can tell which card is applied */
    giftCardLast4: text(),
    /** the destination the shopper chose for the shipping estimate; null: the shop's default */
    shippingCountry: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.updatedAt),
    check("carts_gift_card_hash_and_last4_together", sql`(${t.giftCardCodeHash} is null) = (${t.giftCardLast4} is null)`),
  ],
);

export const cartItems = pgTable(
  "cart_items",
  {
    id: serial().primaryKey(),
    cartId: uuid()
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    variantId: integer().references(() => printVariants.id, { onDelete: "cascade" }),
    productId: integer().references(() => products.id, { onDelete: "cascade" }),
    quantity: integer().notNull(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.cartId),
    index().on(t.variantId),
    index().on(t.productId),
    uniqueIndex().on(t.cartId, t.variantId).where(sql`${t.variantId} is not null`),
    uniqueIndex().on(t.cartId, t.productId).where(sql`${t.productId} is not null`),
    check("cart_items_one_thing", sql`(${t.variantId} is null) <> (${t.productId} is null)`),
    check("cart_items_quantity_range", sql`${t.quantity} between 1 and 99`),
  ],
);
