// Mail held in the database instead of being delivered: the default mailer without SMTP_URL.
import { index, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: serial().primaryKey(),
    to: text().notNull(),
    replyTo: text(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    /** the extra headers a real send would carry (List-Unsubscribe on marketing mail), so the dev mail page can show them */
    headers: jsonb().$type<Record<string, string>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** when the send_mail job handed it to the outbox, which is as far as a message goes here */
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.createdAt)],
);
