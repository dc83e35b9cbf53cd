// The server services the storefront routes call, behind one `.server` module: the Remix compiler
// swaps `.server` files for empty modules in the browser build. Imported directly, their
// module-level code (zod schemas, Drizzle tables, tRPC errors) ships to every shopper, because the
// bundler cannot prove it free of side effects; measured at ~100 KB gzip on the photo page.
export { getCart } from "../../server/cart/cart";
export { listCollectionCards } from "../../server/catalog/collection-cards";
export { getCollectionBySlug, listCollections } from "../../server/catalog/collections";
export { slugSchema } from "../../server/catalog/inputs";
export { editionNote, materialGuidesFor } from "../../server/catalog/materials";
export { featuredPhotos, getPhotoBySlug, listPhotos } from "../../server/catalog/photos";
export { getProductBySlug, PHOTO_BOOK_SLUG, type BookSpecifications } from "../../server/catalog/products";
export { relatedPhotos } from "../../server/catalog/related";
export { parseListCursor, parsePhotoSearchParams, photoSearchQuery, withoutBlankFields } from "../../server/catalog/search-params";
export { sitemapEntries } from "../../server/catalog/sitemap";
export { toResponse } from "../../server/errors";
export { robotsTxt, sitemapXml } from "../../server/seo/sitemap-xml";
