// Pictures of the studio itself, not for sale: the photographer's portrait on the About page.
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const studioImages = pgTable("studio_images", {
  /** what the picture is, e.g. "portrait" */
  name: text().primaryKey(),
  storageKey: text().notNull(),
  width: integer().notNull(),
  height: integer().notNull(),
  alt: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
