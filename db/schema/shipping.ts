// Shipping zones and their rates by what is in the parcel (decision 020). A country ships only
// when a zone lists it; a zone may ship free above an items total.
import { sql } from "drizzle-orm";
import { check, integer, pgEnum, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { shippingClasses } from "../../app/shared/shipping-price";

// The classes are listed once in app/shared, where the cart's estimate prices them too.
export { shippingClasses, type ShippingClass } from "../../app/shared/shipping-price";
export const shippingClass = pgEnum("shipping_class", shippingClasses);

export const shippingZones = pgTable(
  "shipping_zones",
  {
    id: serial().primaryKey(),
    code: text().notNull().unique(),
    name: text().notNull(),
    /** ISO 3166-1 alpha-2 codes, upper case */
    countries: text().array().notNull(),
    /** items total from which shipping is free; null: never free */
    freeShippingOverCents: integer(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [check("shipping_zones_free_over_positive", sql`${t.freeShippingOverCents} is null or ${t.freeShippingOverCents} > 0`)],
);

export const shippingRates = pgTable(
  "shipping_rates",
  {
    id: serial().primaryKey(),
    zoneId: integer()
      .notNull()
      .references(() => shippingZones.id, { onDelete: "cascade" }),
    shippingClass: shippingClass().notNull(),
    /** the parcel's price when this class is the dearest thing in it */
    firstItemCents: integer().notNull(),
    /** each further item of this class in the same parcel */
    additionalItemCents: integer().notNull(),
  },
  (t) => [
    uniqueIndex().on(t.zoneId, t.shippingClass),
    check("shipping_rates_nonnegative", sql`${t.firstItemCents} >= 0 and ${t.additionalItemCents} >= 0`),
  ],
);
