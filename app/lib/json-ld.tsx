// schema.org structured data for search engines: Product + Offers, ItemList, Organization, WebSite.
import { centsToDecimalString } from "~/shared/money";
import { absoluteUrl, DEFAULT_DESCRIPTION, SITE_NAME } from "./seo";
import { useNonce } from "./nonce";

export type JsonLd = Record<string, unknown> & { "@context": "https://schema.org"; "@type": string };

const IN_STOCK = "https://schema.org/InStock";
const OUT_OF_STOCK = "https://schema.org/OutOfStock";

/** The same names the cart uses for its lines (server/cart/cart.ts), so a print reads alike everywhere. */
export const materialNames = { paper: "Fine-art paper", canvas: "Canvas", metal: "Metal" } as const;

/** "16 × 24 in · Canvas", as a cart line describes the print. */
export function variantLabel(variant: { material: keyof typeof materialNames; widthIn: number; heightIn: number }): string {
  return `${variant.widthIn} × ${variant.heightIn} in · ${materialNames[variant.material]}`;
}

export function organizationJsonLd(publicUrl: string, email: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": absoluteUrl(publicUrl, "/#organization"),
    name: SITE_NAME,
    url: absoluteUrl(publicUrl, "/"),
    logo: absoluteUrl(publicUrl, "/logo.png"),
    email,
    description: DEFAULT_DESCRIPTION,
  };
}

export function websiteJsonLd(publicUrl: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: SITE_NAME,
    url: absoluteUrl(publicUrl, "/"),
    publisher: { "@id": absoluteUrl(publicUrl, "/#organization") },
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(publicUrl, "/photos")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

type ProductPhoto = {
  slug: string;
  title: string;
  story: string;
  location: string;
  image: { src: string } | null;
  variants: { id: number; material: keyof typeof materialNames; widthIn: number; heightIn: number; priceCents: number }[];
};

export function photoProductJsonLd(publicUrl: string, photo: ProductPhoto): JsonLd {
  const pageUrl = absoluteUrl(publicUrl, `/photos/${photo.slug}`);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": `${pageUrl}#product`,
    name: photo.title,
    description: photo.story || `${photo.title}, photographed in ${photo.location}.`,
    url: pageUrl,
    sku: photo.slug,
    ...(photo.image ? { image: [absoluteUrl(publicUrl, photo.image.src)] } : {}),
    brand: { "@type": "Brand", name: SITE_NAME },
    category: "Fine art photography prints",
    offers: photo.variants.map((variant) => ({
      "@type": "Offer",
      sku: `${photo.slug}-${variant.id}`,
      name: `${photo.title} — ${variantLabel(variant)}`,
      price: centsToDecimalString(variant.priceCents),
      priceCurrency: "USD",
      availability: IN_STOCK,
      itemCondition: "https://schema.org/NewCondition",
      url: `${pageUrl}?variant=${variant.id}`,
    })),
  };
}

export function bookProductJsonLd(publicUrl: string, book: { slug: string; title: string; description: string; priceCents: number; stock: number; image?: { src: string } | null }): JsonLd {
  const pageUrl = absoluteUrl(publicUrl, "/book");
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: book.title,
    description: book.description,
    url: pageUrl,
    sku: book.slug,
    ...(book.image ? { image: [absoluteUrl(publicUrl, book.image.src)] } : {}),
    brand: { "@type": "Brand", name: SITE_NAME },
    offers: {
      "@type": "Offer",
      price: centsToDecimalString(book.priceCents),
      priceCurrency: "USD",
      availability: book.stock > 0 ? IN_STOCK : OUT_OF_STOCK,
      url: pageUrl,
    },
  };
}

export function itemListJsonLd(publicUrl: string, list: { name: string; path: string; items: { title: string; path: string }[] }): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name: list.name,
    url: absoluteUrl(publicUrl, list.path),
    numberOfItems: list.items.length,
    itemListElement: list.items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.title,
      url: absoluteUrl(publicUrl, item.path),
    })),
  };
}

/** JSON for a <script> element: "<", ">", "&" and line separators escaped so data can never close the tag. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Structured data is not executed, but it carries the nonce so the CSP has no exception to explain. */
export function JsonLd({ data }: { data: JsonLd | JsonLd[] }) {
  const nonce = useNonce();
  return <script type="application/ld+json" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
