// What happened to an order after it was paid, in order: the back office's transitions, refunds and
// corrections, each with who did it. The order page's timeline reads it.
import { index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { orders } from "./orders";

export const orderEventKind = pgEnum("order_event_kind", [
  "in_production",
  "shipped",
  "tracking_changed",
  "delivered",
  "cancelled",
  "refunded",
  "refund_failed",
]);

export const orderEvents = pgTable(
  "order_events",
  {
    id: serial().primaryKey(),
    orderId: integer()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    kind: orderEventKind().notNull(),
    /** who did it: an admin's e-mail, or "system" for the payment provider's events */
    actor: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orderId, t.createdAt)],
);
