// A shared cache for the catalogue's HTML, as a CDN would keep it: a page is stored only when its
// route allows it (`Cache-Control: public, s-maxage=N`) and the request was anonymous, and it is
// served to later anonymous requests for N seconds without running a loader or React. A kept page
// is fixed bytes, so it is compressed once, and its CSP allows its own inline scripts by hash
// instead of by the nonce of the request that rendered it (docs/decisions/012-page-cache.md).
import type { NextFunction, Request, Response } from "express";
import { LRUCache } from "lru-cache";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";

/** The one cookie a shareable page may depend on; it is part of the key. */
const THEME_COOKIE = "pr_theme";

type Encoding = "br" | "gzip" | "identity";
type StoredPage = {
  status: number;
  headers: [string, string][];
  contentSecurityPolicy: string;
  bodies: Record<Encoding, Buffer>;
  etag: string;
  storedAt: number;
};

/** What a render needs to know about caching the page it produces. */
export type PageCacheSlot = {
  /** the request carried nothing personal, so the page may be given to anyone */
  readonly shareable: boolean;
  /**
   * the page will be kept if its headers allow it: the cache is on and the request did not ask for
   * a fresh page. Only then is it worth rendering the whole document before sending any of it.
   */
  readonly keeps: boolean;
  /** keeps a rendered page for later anonymous requests, when its headers allow it */
  store(page: { status: number; headers: Headers; html: string }): void;
};

export type PageCache = {
  /** answers anonymous requests from the cache; put it just before the Remix handler */
  serve: (req: Request, res: Response, next: NextFunction) => void;
  slotFor: (req: Request, res: Response) => PageCacheSlot;
  clear: () => void;
};

/** `s-maxage` of a Cache-Control header that says `public`, else 0. */
export function sharedMaxAge(cacheControl: string | null | undefined): number {
  if (!cacheControl || !/(^|,)\s*public\s*(,|$)/i.test(cacheControl) || /no-store|private/i.test(cacheControl)) return 0;
  const seconds = Number(/(?:^|,)\s*s-maxage=(\d+)/i.exec(cacheControl)?.[1] ?? 0);
  return Number.isFinite(seconds) ? seconds : 0;
}

/** The CSP source of every inline script the browser would run (structured data is not run). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes!) || /type\s*=\s*"application\/ld\+json"/i.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The cache key of an anonymous page request, or undefined when the answer could be personal. */
function keyFor(req: Request): string | undefined {
  if (req.method !== "GET" && req.method !== "HEAD") return undefined;
  if (req.headers.authorization) return undefined;
  // Remix's own data requests answer JSON for one route; only whole documents are kept.
  if (/[?&]_data=/.test(req.originalUrl)) return undefined;
  const cookies = { ...req.cookies, ...req.signedCookies } as Record<string, unknown>;
  // The session cookie is one of these: a shopper with a cart never shares a page.
  if (Object.keys(cookies).some((name) => name !== THEME_COOKIE)) return undefined;
  return `${String(cookies[THEME_COOKIE] ?? "")}|${req.originalUrl}`;
}

/** A hard reload (or a benchmark of the rendering itself) asks for a fresh page, rendered and not kept. */
const wantsFresh = (req: Request) => /no-cache|no-store/i.test(req.headers["cache-control"] ?? "") || /no-cache/i.test(req.headers.pragma ?? "");

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Once per page and theme every s-maxage, and once for each new query string anyone sends, in the
 * four libuv threads that static files and the compression middleware share. On the 81 KB photo
 * page brotli's quality 11 took 67 ms (some five renders of the page) for 9% fewer bytes than
 * quality 6, which took 1 ms: a stream of made-up query strings would have cost more than rendering.
 */
async function compressAll(html: string): Promise<Record<Encoding, Buffer>> {
  const identity = Buffer.from(html, "utf8");
  const [br, gzipped] = await Promise.all([
    brotliAsync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipAsync(identity, { level: 9 }),
  ]);
  return { identity, br, gzip: gzipped };
}

/** Made-up query strings can fill the cache; bounded in bytes, they only push out the least used pages. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function createPageCache(options: { enabled: boolean; maxBytes?: number }): PageCache {
  const pages = new LRUCache<string, StoredPage>({
    maxSize: options.maxBytes ?? DEFAULT_MAX_BYTES,
    sizeCalculation: (page) => page.bodies.identity.length + page.bodies.br.length + page.bodies.gzip.length,
  });
  // Pages being compressed: the requests that rendered the same page meanwhile do not redo it.
  const compressing = new Set<string>();

  const serve = (req: Request, res: Response, next: NextFunction) => {
    const key = options.enabled && !wantsFresh(req) ? keyFor(req) : undefined;
    const page = key === undefined ? undefined : pages.get(key);
    if (!page) return next();
    for (const [name, value] of page.headers) res.setHeader(name, value);
    res.setHeader("Content-Security-Policy", page.contentSecurityPolicy);
    res.setHeader("Age", String(Math.floor((Date.now() - page.storedAt) / 1000)));
    res.setHeader("ETag", page.etag);
    res.vary("Accept-Encoding");
    res.setHeader("X-Page-Cache", "hit");
    res.status(page.status);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    // Brotli whenever the client takes it, whatever order it lists its encodings in.
    const encoding: Encoding = req.acceptsEncodings("br") ? "br" : req.acceptsEncodings("gzip") ? "gzip" : "identity";
    const body = page.bodies[encoding];
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", String(body.length));
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const slotFor = (req: Request, res: Response): PageCacheSlot => {
    const key = keyFor(req);
    const keeps = options.enabled && key !== undefined && !wantsFresh(req);
    return {
      shareable: key !== undefined,
      keeps,
      store({ status, headers, html }) {
        const ttlSeconds = sharedMaxAge(headers.get("Cache-Control"));
        // A cookie set while rendering (a new session, say) makes the page someone's own.
        if (!keeps || key === undefined || status !== 200 || ttlSeconds <= 0 || headers.has("Set-Cookie") || res.getHeader("Set-Cookie")) return;
        res.setHeader("X-Page-Cache", "miss");
        if (compressing.has(key) || pages.has(key)) return;
        const nonce = String(res.locals.cspNonce ?? "");
        const policy = res.getHeader("Content-Security-Policy");
        // The page's scripts carry this request's nonce: without a policy to rewrite, none could run later.
        if (typeof policy !== "string" || !nonce || !policy.includes(`'nonce-${nonce}'`)) return;
        const contentSecurityPolicy = policy.replace(`'nonce-${nonce}'`, inlineScriptHashes(html).join(" "));
        const kept = [...headers].filter(([name]) => !/^(set-cookie|content-length|content-encoding|age|etag)$/i.test(name));
        const etag = `"${createHash("sha1").update(html).digest("base64url")}"`;
        compressing.add(key);
        void compressAll(html)
          .then((bodies) => pages.set(key, { status, headers: kept, contentSecurityPolicy, bodies, etag, storedAt: Date.now() }, { ttl: ttlSeconds * 1000 }))
          // Not kept is only slower: the next request renders the page again.
          .catch(() => undefined)
          .finally(() => compressing.delete(key));
      },
    };
  };

  return { serve, slotFor, clear: () => pages.clear() };
}
