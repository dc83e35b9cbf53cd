// Renders the sitemap and robots.txt from catalogue entries and the site's public URL.
import type { SitemapEntries } from "../catalog/sitemap";
import { escapeHtml } from "../../app/shared/escape-html";
import { contentSlugs } from "../content/pages";

/** Pages that exist whatever is in the catalogue: the shop's own and the pages a careful buyer reads. */
export const staticSitemapPaths = ["/", "/photos", "/collections", "/book", "/gift-cards", "/about", "/contact", ...contentSlugs.map((slug) => `/${slug}`)];

export function sitemapXml(publicUrl: string, entries: SitemapEntries): string {
  const base = publicUrl.replace(/\/$/, "");
  const urls: { loc: string; lastmod?: string }[] = [
    ...staticSitemapPaths.map((p) => ({ loc: `${base}${p === "/" ? "/" : p}` })),
    ...entries.collections.map((c) => ({ loc: `${base}/collections/${encodeURIComponent(c.slug)}`, lastmod: c.updatedAt })),
    ...entries.photos.map((p) => ({ loc: `${base}/photos/${encodeURIComponent(p.slug)}`, lastmod: p.updatedAt })),
  ];
  const body = urls
    .map((u) => `  <url><loc>${escapeHtml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ""}</url>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function robotsTxt(publicUrl: string): string {
  const base = publicUrl.replace(/\/$/, "");
  return ["User-agent: *", "Allow: /", "Disallow: /cart", "Disallow: /checkout", "Disallow: /api/", "Disallow: /admin", "", `Sitemap: ${base}/sitemap.xml`, ""].join("\n");
}
