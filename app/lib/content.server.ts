// Server-only content for the policy pages and the About page (decision 015).
import { json } from "@remix-run/node";
import { contentPages, type ContentSlug } from "../../server/content/pages";
import { buildSeo } from "./seo";

export { STUDIO } from "../../server/content/studio";
export { studioPortrait } from "../../server/content/studio-portrait";

/** The loader of every policy page: the page's words and its SEO, all from server/content. */
export function contentPageLoader(publicUrl: string, slug: ContentSlug) {
  const page = contentPages[slug];
  return json({ page, seo: buildSeo(publicUrl, { title: page.title, description: page.description, path: `/${slug}`, type: "article" }) });
}
