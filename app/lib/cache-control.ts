// Catalogue pages are the same for every anonymous visitor: a CDN, or the server's own page cache
// (server/http/page-cache.ts), may keep them for a minute. Prices in the cart and at checkout are
// always read afresh, so a page a minute old can show an old price but never charge one.
import type { HeadersFunction } from "@remix-run/node";

export const SHARED_PAGE_SECONDS = 60;

export const sharedPageHeaders: HeadersFunction = () => ({ "Cache-Control": `public, max-age=0, s-maxage=${SHARED_PAGE_SECONDS}` });
