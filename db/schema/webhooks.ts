// Ids of webhook events already applied: the first guard against replays (findings 13, 32).
import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const processedWebhookEvents = pgTable("processed_webhook_events", {
  id: text().primaryKey(),
  type: text().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
