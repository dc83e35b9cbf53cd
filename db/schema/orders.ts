// Orders made from paid checkouts, with the items copied as they were sold.
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  serial,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { carts } from "./cart";
import { printVariants } from "./catalog";
import { checkouts } from "./checkouts";
import { products } from "./products";

export const orderStatus = pgEnum("order_status", [
  "pending",
  "paid",
  "in_production",
  "shipped",
  "delivered",
  "cancelled",
  "refunded",
]);

/** Order numbers come from a sequence so two concurrent orders can never share one (finding 2). */
export const orderNumberSeq = pgSequence("order_number_seq", { startWith: 1, increment: 1 });

export type ShippingAddress = {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  state?: string | null;
  postalCode: string;
  country: string;
};

export const orders = pgTable(
  "orders",
  {
    id: serial().primaryKey(),
    number: text().notNull().unique(),
    status: orderStatus().notNull().default("pending"),
    email: text().notNull(),
    customerName: text().notNull().default(""),
    shippingAddress: jsonb().$type<ShippingAddress>(),
    subtotalCents: integer().notNull(),
    discountCents: integer().notNull().default(0),
    shippingCents: integer().notNull().default(0),
    /** what Stripe Tax added (total_details.amount_tax); null when no tax was added, the prices including any */
    taxCents: integer(),
    /** the gift card that paid discountCents, shown as "Gift card ending in …" */
    giftCardLast4: text(),
    totalCents: integer().notNull(),
    refundedCents: integer().notNull().default(0),
    currency: text().notNull().default("usd"),
    checkoutId: uuid()
      .unique()
      .references(() => checkouts.id, { onDelete: "set null" }),
    /** the provider's checkout session id; unique so a second event for a session can never make a second order (findings 13, 32) */
    stripeCheckoutId: text().unique(),
    stripePaymentIntent: text(),
    cartId: uuid().references(() => carts.id, { onDelete: "set null" }),
    carrier: text(),
    trackingNumber: text(),
    trackingUrl: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp({ withTimezone: true }),
    /** when each later step of the timeline the shopper sees began (null until it has) */
    inProductionAt: timestamp({ withTimezone: true }),
    shippedAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.email),
    index().on(t.status, t.createdAt),
    index().on(t.stripePaymentIntent),
    index().on(t.cartId),
    check("orders_totals_nonnegative", sql`${t.subtotalCents} >= 0 and ${t.totalCents} >= 0 and ${t.refundedCents} >= 0`),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: serial().primaryKey(),
    orderId: integer()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    variantId: integer().references(() => printVariants.id, { onDelete: "set null" }),
    productId: integer().references(() => products.id, { onDelete: "set null" }),
    title: text().notNull(),
    description: text().notNull(),
    unitPriceCents: integer().notNull(),
    quantity: integer().notNull(),
    totalCents: integer().notNull(),
  },
  (t) => [
    index().on(t.orderId),
    index().on(t.variantId),
    index().on(t.productId),
    check("order_items_quantity_positive", sql`${t.quantity} > 0`),
    check("order_items_prices_nonnegative", sql`${t.unitPriceCents} >= 0 and ${t.totalCents} >= 0`),
  ],
);
