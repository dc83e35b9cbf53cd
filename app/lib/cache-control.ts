// Catalogue pages are the same for every anonymous visitor: a CDN, or the server's own page cache
// (server/http/page-cache.ts), may keep them for a minute. Prices in the cart and at checkout are
// always read afresh, so a page a minute old can show an old price but never charge one.
import type { HeadersFunction } from "@remix-run/node";

export const SHARED_PAGE_SECONDS = 60;

// The page differs with the theme cookie and, for a shopper with a session, with the cart: a cache in
// front must not give one visitor's page to a request with other cookies.
export const sharedPageHeaders: HeadersFunction = () => ({ "Cache-Control": `public, max-age=0, s-maxage=${SHARED_PAGE_SECONDS}`, Vary: "Cookie" });
