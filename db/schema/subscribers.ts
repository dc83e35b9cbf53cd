// Newsletter subscribers and the place each one signed up (finding 35).
import { pgEnum, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const subscriberSources = [
  "footer",
  "popup",
  "checkout",
  "homepage",
  "purchase",
  "gift_card_purchase",
  "chat",
] as const;
export const subscriberSource = pgEnum("subscriber_source", subscriberSources);

export const subscribers = pgTable("subscribers", {
  id: serial().primaryKey(),
  /** stored lower-cased so the unique constraint is case-insensitive */
  email: text().notNull().unique(),
  source: subscriberSource().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** set when the address owner follows the confirmation link (double opt-in); until then the address gets no newsletter */
  confirmedAt: timestamp({ withTimezone: true }),
});
