// Server-only content for the policy pages and the About page (decision 015).
import { json } from "@remix-run/node";
import type { DbOrTx } from "../../db/client";
import { contentPage } from "../../server/content/content-page";
import type { ContentSlug } from "../../server/content/pages";
import { buildSeo } from "./seo";

export { STUDIO } from "../../server/content/studio";
export { studioPortrait } from "../../server/content/studio-portrait";

/** The loader of every policy page: the page's words (the owner's, or the defaults) and its SEO. */
export async function contentPageLoader(db: DbOrTx, publicUrl: string, slug: ContentSlug) {
  const page = await contentPage(db, slug);
  return json({ page, seo: buildSeo(publicUrl, { title: page.title, description: page.description, path: `/${slug}`, type: "article" }) });
}
