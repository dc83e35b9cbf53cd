// Title, description, canonical URL, Open Graph and Twitter tags for every page (findings 9, 10, 36).
import type { MetaDescriptor } from "@remix-run/node";

export const SITE_NAME = "Printroom";
export const SITE_TAGLINE = "Fine-art photography prints";
export const DEFAULT_DESCRIPTION =
  "Museum-quality prints of coastal and landscape photographs on archival paper, canvas and metal, signed and shipped from the studio.";
/** The card shown when a page has no photo of its own (finding 36); a JPEG, as social sites expect. */
export const DEFAULT_OG_IMAGE = { path: "/og-default.jpg", width: 1200, height: 630, alt: "Printroom — fine-art photography prints" };

export type SeoImage = { url: string; width?: number; height?: number; alt: string };
export type PageSeo = {
  title: string;
  description: string;
  /** absolute canonical URL */
  url: string;
  image: SeoImage;
  type: "website" | "product" | "article";
  noindex?: boolean;
};

/** What a page image needs for a social card; an ImageSet from the catalogue fits. */
export type CardImage = { src: string; width: number; height: number; sources: { format: string; srcSet: string }[] };

export function absoluteUrl(publicUrl: string, pathOrUrl: string): string {
  return new URL(pathOrUrl, `${publicUrl.replace(/\/$/, "")}/`).toString();
}

function shorten(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/** The largest JPEG in the set and its real size, because social cards need the file's own dimensions. */
function cardImageFor(image: CardImage, alt: string, publicUrl: string): SeoImage {
  const widths = (image.sources.find((s) => s.format === "jpeg")?.srcSet ?? "")
    .split(",")
    .map((entry) => Number(/\s(\d+)w$/.exec(entry.trim())?.[1]))
    .filter((w) => Number.isFinite(w) && w > 0);
  const width = widths.length > 0 ? Math.max(...widths) : image.width;
  return { url: absoluteUrl(publicUrl, image.src), width, height: Math.round((width * image.height) / image.width), alt };
}

export function buildSeo(
  publicUrl: string,
  input: { title: string; description?: string; path: string; image?: CardImage | null; imageAlt?: string; type?: PageSeo["type"]; noindex?: boolean },
): PageSeo {
  const image = input.image
    ? cardImageFor(input.image, input.imageAlt ?? input.title, publicUrl)
    : { ...DEFAULT_OG_IMAGE, url: absoluteUrl(publicUrl, DEFAULT_OG_IMAGE.path) };
  return {
    title: input.title === SITE_NAME ? `${SITE_NAME} — ${SITE_TAGLINE}` : `${input.title} · ${SITE_NAME}`,
    description: shorten(input.description || DEFAULT_DESCRIPTION),
    url: absoluteUrl(publicUrl, input.path),
    image,
    type: input.type ?? "website",
    noindex: input.noindex,
  };
}

export function seoMeta(seo: PageSeo): MetaDescriptor[] {
  const image = seo.image;
  return [
    { title: seo.title },
    { name: "description", content: seo.description },
    { tagName: "link", rel: "canonical", href: seo.url },
    ...(seo.noindex ? [{ name: "robots", content: "noindex" }] : []),
    { property: "og:site_name", content: SITE_NAME },
    { property: "og:type", content: seo.type },
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
    { property: "og:url", content: seo.url },
    { property: "og:image", content: image.url },
    { property: "og:image:alt", content: image.alt },
    ...(image.width && image.height
      ? [
          { property: "og:image:width", content: String(image.width) },
          { property: "og:image:height", content: String(image.height) },
        ]
      : []),
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:title", content: seo.title },
    { name: "twitter:description", content: seo.description },
    { name: "twitter:image", content: image.url },
    { name: "twitter:image:alt", content: image.alt },
  ];
}

function keyOf(descriptor: MetaDescriptor): string | undefined {
  const d = descriptor as Record<string, unknown>;
  if ("title" in d) return "title";
  if (typeof d.name === "string") return `name:${d.name}`;
  if (typeof d.property === "string") return `property:${d.property}`;
  if (d.tagName === "link" && typeof d.rel === "string") return `link:${d.rel}`;
  return undefined;
}

/** Remix v2 replaces the parent's meta; this keeps the root's defaults for any tag a page does not set. */
export function mergeMeta(matches: readonly { id: string; meta?: MetaDescriptor[] }[] | undefined, own: MetaDescriptor[]): MetaDescriptor[] {
  const parent = matches?.find((m) => m.id === "root")?.meta ?? [];
  const ownKeys = new Set(own.map(keyOf).filter(Boolean));
  return [...parent.filter((d) => {
    const key = keyOf(d);
    return key !== undefined && !ownKeys.has(key);
  }), ...own];
}

/** Finds a tag's content in a meta list; used by tests and by the page head checks in e2e. */
export function metaContent(meta: MetaDescriptor[], key: string): string | undefined {
  for (const d of meta as Record<string, unknown>[]) {
    if (key === "title" && typeof d.title === "string") return d.title;
    if (key === "canonical" && d.tagName === "link" && d.rel === "canonical") return String(d.href);
    if (d.name === key || d.property === key) return String(d.content);
  }
  return undefined;
}
