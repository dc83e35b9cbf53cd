// Messages sent through the contact form.
import { index, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const contactMessages = pgTable(
  "contact_messages",
  {
    id: serial().primaryKey(),
    name: text().notNull(),
    email: text().notNull(),
    subject: text().notNull().default(""),
    message: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** when the owner marked it dealt with in the back office's inbox; null while it waits */
    handledAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.createdAt)],
);
