// The owner's own words for a policy page (shipping, returns, faq, privacy, terms). A row overrides
// the page written in server/content/pages.ts; with no row the repo's words are shown.
import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export type ContentSectionRow = { heading: string; paragraphs: string[] };

export const contentPageOverrides = pgTable("content_pages", {
  /** one of server/content/pages.ts's contentSlugs */
  slug: text().primaryKey(),
  title: text().notNull(),
  description: text().notNull(),
  sections: jsonb().$type<ContentSectionRow[]>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
