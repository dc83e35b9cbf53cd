// Products that are not prints of a photo: the photo book.
import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, real, serial, text, timestamp } from "drizzle-orm/pg-core";

export const products = pgTable(
  "products",
  {
    id: serial().primaryKey(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    description: text().notNull().default(""),
    priceCents: integer().notNull(),
    stock: integer().notNull().default(0),
    /** a book's specifications, shown on its page; null for a product that is not a book */
    pageCount: integer(),
    widthIn: real(),
    heightIn: real(),
    paper: text(),
    binding: text(),
    isActive: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("products_price_nonnegative", sql`${t.priceCents} >= 0`),
    check("products_stock_nonnegative", sql`${t.stock} >= 0`),
    check("products_page_count_positive", sql`${t.pageCount} > 0`),
  ],
);
