// A policy page as the shop shows it: the owner's version from content_pages when there is one,
// otherwise the words written in pages.ts.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { contentPageOverrides } from "../../db/schema/index";
import { defaultContentPages, type ContentPage, type ContentSlug } from "./pages";

export async function contentPage(db: DbOrTx, slug: ContentSlug): Promise<ContentPage> {
  const [row] = await db.select().from(contentPageOverrides).where(eq(contentPageOverrides.slug, slug));
  if (!row) return defaultContentPages[slug];
  return { slug, title: row.title, description: row.description, sections: row.sections };
}
