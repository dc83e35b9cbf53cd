// Payment webhooks: ids of events already applied (the first guard against replays, findings 13, 32)
// and the anomalies that were recorded instead of fulfilled.
import { index, jsonb, pgEnum, pgTable, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const processedWebhookEvents = pgTable("processed_webhook_events", {
  id: text().primaryKey(),
  type: text().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const paymentAnomalyKind = pgEnum("payment_anomaly_kind", [
  "amount_mismatch",
  "unknown_checkout",
  "livemode_mismatch",
  "unknown_payment",
  /** paid after the checkout's gift card hold was let go, and the card can no longer cover its part */
  "gift_card_unavailable",
  /** the payment for a gift card was refunded: whether to deactivate the card is a person's call */
  "gift_card_purchase_refunded",
]);

/** Events that were genuine but did not match what we sold: nothing was fulfilled, a person must look. */
export const paymentAnomalies = pgTable(
  "payment_anomalies",
  {
    id: serial().primaryKey(),
    kind: paymentAnomalyKind().notNull(),
    eventId: text().notNull(),
    eventType: text().notNull(),
    providerSessionId: text(),
    checkoutId: uuid(),
    details: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.createdAt), index().on(t.checkoutId)],
);
