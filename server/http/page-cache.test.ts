// The page cache behind real HTTP: the middleware order of server/app.ts (compression, nonce and
// helmet, cookies, the cache, then the renderer), with a small renderer that does what
// app/entry.server.tsx does, so each case can count the renders the cache saved.
import compression from "compression";
import cookieParser from "cookie-parser";
import express from "express";
import { createHash } from "node:crypto";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPageCache, inlineScriptHashes, sharedMaxAge } from "./page-cache";
import { cspNonce, securityHeaders } from "./security";
import { SESSION_COOKIE } from "./session";

const SHARED = "public, max-age=0, s-maxage=60";

/** What each path answers: its Cache-Control and status, and whether rendering it sets a session cookie. */
const routes: Record<string, { cacheControl: string; status?: number; setsSessionCookie?: boolean }> = {
  "/photos/harbour": { cacheControl: SHARED },
  "/photos/dunes": { cacheControl: SHARED },
  "/photos/moor": { cacheControl: SHARED },
  "/about": { cacheControl: SHARED },
  "/book": { cacheControl: SHARED },
  "/one-second": { cacheControl: "public, max-age=0, s-maxage=1" },
  "/welcome": { cacheControl: SHARED, setsSessionCookie: true },
  "/gone": { cacheControl: SHARED, status: 404 },
  "/private": { cacheControl: "private, max-age=60" },
  "/browser-only": { cacheControl: "public, max-age=60" },
  "/no-store": { cacheControl: "public, no-store, s-maxage=60" },
};

/** The executable inline scripts each render writes; the body of the JSON-LD, which is not run. */
const pageScript = (render: number) => `window.__render = ${render}; document.documentElement.dataset.note = "café — naïve";`;
const MODULE_SCRIPT = 'import("/build/entry.client.js");';
const JSON_LD = '{"@context":"https://schema.org","@type":"Product","name":"Harbour"}';

type TestApp = { url: string; renders: () => number; close: () => Promise<void> };

async function startTestApp(options: { enabled: boolean }): Promise<TestApp> {
  const pageCache = createPageCache({ enabled: options.enabled });
  let renders = 0;
  const app = express();
  // Remix's adapter sends no ETag of its own: only the cache's may answer If-None-Match.
  app.set("etag", false);
  app.use(compression());
  app.use(cspNonce, securityHeaders({ isProduction: false }));
  app.use(cookieParser("page-cache-test-secret"));
  app.use(pageCache.serve);
  app.all("*", (req, res) => {
    const route = routes[req.path];
    if (!route) return void res.status(404).end();
    renders += 1;
    const slot = pageCache.slotFor(req, res);
    const status = route.status ?? 200;
    const headers = new Headers({ "Cache-Control": route.cacheControl, "Content-Type": "text/html; charset=utf-8", Vary: "Cookie" });
    if (sharedMaxAge(route.cacheControl) > 0 && !slot.shareable) headers.set("Cache-Control", "private, no-cache");
    if (route.setsSessionCookie) res.cookie(SESSION_COOKIE, "0b4f6f0e-53c1-4a8e-9a55-0d3f1b2f6a71", { signed: true, httpOnly: true });
    const nonce = String(res.locals.cspNonce);
    const theme = String(req.cookies.pr_theme ?? "system");
    // Big enough to be worth compressing, with text outside ASCII so hashes must be of UTF-8.
    const filler = Array.from({ length: 200 }, (_, i) => `<li>Print ${i} — 30×40 cm, giclée on cotton rag</li>`).join("");
    const html =
      `<!DOCTYPE html><html lang="en" class="${theme}"><head><title>${req.path}</title>` +
      `<script type="application/ld+json">${JSON_LD}</script></head>` +
      `<body><h1>Render ${renders} of ${req.originalUrl}</h1><ul>${filler}</ul>` +
      `<script nonce="${nonce}">${pageScript(renders)}</script>` +
      `<script type="module" nonce="${nonce}">${MODULE_SCRIPT}</script>` +
      `<script src="/build/manifest.js" nonce="${nonce}"></script></body></html>`;
    slot.store({ status, headers, html });
    // What entry.server asks before it chooses between streaming the page and rendering it whole.
    res.setHeader("X-Test-Slot", `shareable=${slot.shareable} keeps=${slot.keeps}`);
    res.status(status);
    for (const [name, value] of headers) res.setHeader(name, value);
    res.end(req.method === "HEAD" ? undefined : html);
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, renders: () => renders, close };
}

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One request with exactly these headers (fetch would add its own Accept-Encoding and decode). */
function send(app: TestApp, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${app.url}${path}`, { method: options.method ?? "GET", headers: { "accept-encoding": "identity", ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const isHit = (response: RawResponse) => response.headers["x-page-cache"] === "hit";

/** Keeping a page compresses it first, off the request: asks again until the page is served from the cache. */
async function untilHit(app: TestApp, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const response = await send(app, path, { headers });
    if (isHit(response)) return response;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${path} was never served from the cache`);
}

/** Asks for `path` three times as `options` say: each request renders, and none is kept or answered from the cache. */
async function expectNeverKept(app: TestApp, path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const before = app.renders();
    const response = await send(app, path, options);
    expect(app.renders()).toBe(before + 1);
    expect(response.headers["x-page-cache"]).toBeUndefined();
  }
}

function scriptSrc(policy: string | string[] | undefined): string[] {
  const directive = String(policy).split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

const sha256Source = (script: string) => `'sha256-${createHash("sha256").update(Buffer.from(script, "utf8")).digest("base64")}'`;

describe("the page cache, over HTTP", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ enabled: true });
  });
  afterAll(() => app.close());

  it("serves a second anonymous request from the cache without rendering, with the first render's bytes", async () => {
    const first = await send(app, "/photos/harbour");
    expect(first.status).toBe(200);
    expect(first.headers["x-page-cache"]).toBe("miss");
    const hit = await untilHit(app, "/photos/harbour");
    const rendersSoFar = app.renders();

    const again = await send(app, "/photos/harbour");
    expect(isHit(again)).toBe(true);
    expect(app.renders()).toBe(rendersSoFar);
    expect(again.body.toString("utf8")).toBe(hit.body.toString("utf8"));
    expect(hit.body.toString("utf8")).toBe(first.body.toString("utf8"));
    expect(again.headers["cache-control"]).toBe(SHARED);
    expect(again.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(Number(again.headers.age)).toBeLessThanOrEqual(60);
    expect(again.headers.vary).toMatch(/Cookie/);
    expect(again.headers.vary).toMatch(/Accept-Encoding/);
    // Headers set per request before the cache answers still come: helmet's, for one.
    expect(again.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("allows the kept page's own inline scripts by hash, with no nonce, and leaves structured data unhashed", async () => {
    const rendered = await send(app, "/photos/dunes");
    const renderedSources = scriptSrc(rendered.headers["content-security-policy"]);
    expect(renderedSources.some((source) => source.startsWith("'nonce-"))).toBe(true);

    const hit = await untilHit(app, "/photos/dunes");
    const html = hit.body.toString("utf8");
    const render = Number(/Render (\d+) of/.exec(html)![1]);
    expect(html).toContain(`>${pageScript(render)}</script>`);
    expect(html).toContain(`>${MODULE_SCRIPT}</script>`);
    const sources = scriptSrc(hit.headers["content-security-policy"]);
    expect(sources.filter((source) => source.startsWith("'nonce-"))).toEqual([]);
    expect(sources).toContain("'self'");
    expect(sources.filter((source) => source.startsWith("'sha256-")).sort()).toEqual([sha256Source(pageScript(render)), sha256Source(MODULE_SCRIPT)].sort());
    expect(sources).not.toContain(sha256Source(JSON_LD));
    // Every other directive is the one the rendering request had.
    const others = (policy: string | string[] | undefined) => String(policy).split(";").filter((d) => !d.trim().startsWith("script-src"));
    expect(others(hit.headers["content-security-policy"])).toEqual(others(rendered.headers["content-security-policy"]));
  });

  it("sends brotli, gzip or plain bytes as the client accepts, all the same page", async () => {
    const plain = await untilHit(app, "/about", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const html = plain.body.toString("utf8");
    expect(html).toMatch(/<h1>Render \d+ of \/about<\/h1>/);

    const br = await send(app, "/about", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(isHit(br)).toBe(true);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(plain.body.length);
    expect(brotliDecompressSync(br.body).toString("utf8")).toBe(html);

    const gzip = await send(app, "/about", { headers: { "accept-encoding": "gzip" } });
    expect(isHit(gzip)).toBe(true);
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString("utf8")).toBe(html);

    const refusesBrotli = await send(app, "/about", { headers: { "accept-encoding": "br;q=0, gzip" } });
    expect(refusesBrotli.headers["content-encoding"]).toBe("gzip");

    const noHeader = await send(app, "/about", { headers: { "accept-encoding": "" } });
    expect(noHeader.headers["content-encoding"]).toBeUndefined();
    expect(noHeader.body.toString("utf8")).toBe(html);
  });

  it("answers If-None-Match with the page's ETag by 304 and no body, and any other tag by the page", async () => {
    const hit = await untilHit(app, "/book");
    const etag = hit.headers.etag!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const notModified = await send(app, "/book", { headers: { "if-none-match": etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(isHit(notModified)).toBe(true);
    const changed = await send(app, "/book", { headers: { "if-none-match": '"an-older-page"' } });
    expect(changed.status).toBe(200);
    expect(changed.body.toString("utf8")).toBe(hit.body.toString("utf8"));
  });

  it("answers HEAD from the kept page with its headers and no body", async () => {
    const hit = await untilHit(app, "/book");
    const before = app.renders();
    const head = await send(app, "/book", { method: "HEAD", headers: { "accept-encoding": "br" } });
    expect(isHit(head)).toBe(true);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.headers.etag).toBe(hit.headers.etag);
    expect(app.renders()).toBe(before);
  });

  describe("requests that could be someone's own always render and are never kept", () => {
    let anonymousPage: RawResponse;
    let session: string;
    beforeAll(async () => {
      anonymousPage = await untilHit(app, "/photos/moor");
      session = (await send(app, "/welcome")).headers["set-cookie"]![0]!.split(";")[0]!;
    });

    it.each([
      ["a session cookie", () => ({ headers: { cookie: session } })],
      ["a session cookie next to the theme", () => ({ headers: { cookie: `pr_theme=dark; ${session}` } })],
      ["a session cookie whose signature is wrong", () => ({ headers: { cookie: `${SESSION_COOKIE}=s:forged.signature` } })],
      ["any other cookie", () => ({ headers: { cookie: "analytics=abc123" } })],
      ["an Authorization header", () => ({ headers: { authorization: "Bearer token" } })],
      ["Cache-Control: no-cache (a hard reload)", () => ({ headers: { "cache-control": "no-cache" } })],
      ["Pragma: no-cache", () => ({ headers: { pragma: "no-cache" } })],
      ["a POST", () => ({ method: "POST" })],
    ] as [string, () => { method?: string; headers?: Record<string, string> }][])("%s", async (_, optionsFor) => {
      const options = optionsFor();
      await expectNeverKept(app, "/photos/moor", options);
      const answer = await send(app, "/photos/moor", options);
      // What is rendered for a shopper must not be kept by a cache in front either.
      if (options.headers?.["cache-control"] === undefined && options.headers?.pragma === undefined) expect(answer.headers["cache-control"]).toBe("private, no-cache");
      const stillKept = await send(app, "/photos/moor");
      expect(isHit(stillKept)).toBe(true);
      expect(stillKept.body.toString("utf8")).toBe(anonymousPage.body.toString("utf8"));
    });

    it("a Remix data request", async () => {
      await expectNeverKept(app, "/photos/moor?_data=routes%2Fphotos.%24slug");
      await expectNeverKept(app, "/photos/moor?variant=3&_data=root");
    });
  });

  it.each([
    ["an anonymous request", {}, "shareable=true keeps=true"],
    ["one with the theme cookie", { cookie: "pr_theme=light" }, "shareable=true keeps=true"],
    ["a hard reload, which is rendered afresh and streamed", { "cache-control": "no-cache" }, "shareable=true keeps=false"],
    ["one with another cookie", { cookie: "analytics=abc123" }, "shareable=false keeps=false"],
  ])("tells the renderer whether %s may be shared and will be kept", async (_, headers, expected) => {
    const response = await send(app, "/photos/dunes?slot", { headers });
    expect(response.headers["x-test-slot"]).toBe(expected);
  });

  it("keeps a page apart for each theme cookie", async () => {
    const system = await untilHit(app, "/photos/harbour");
    const dark = await send(app, "/photos/harbour", { headers: { cookie: "pr_theme=dark" } });
    expect(isHit(dark)).toBe(false);
    expect(dark.headers["cache-control"]).toBe(SHARED);
    const darkHit = await untilHit(app, "/photos/harbour", { cookie: "pr_theme=dark" });
    expect(darkHit.body.toString("utf8")).toContain('class="dark"');
    const lightHit = await untilHit(app, "/photos/harbour", { cookie: "pr_theme=light" });
    expect(lightHit.body.toString("utf8")).toContain('class="light"');
    const systemAgain = await send(app, "/photos/harbour");
    expect(systemAgain.body.toString("utf8")).toBe(system.body.toString("utf8"));
    expect(systemAgain.body.toString("utf8")).toContain('class="system"');
  });

  it("keeps a page apart for each query string", async () => {
    const plain = await untilHit(app, "/photos/harbour");
    const variant = await send(app, "/photos/harbour?variant=7");
    expect(isHit(variant)).toBe(false);
    const variantHit = await untilHit(app, "/photos/harbour?variant=7");
    expect(variantHit.body.toString("utf8")).toContain("of /photos/harbour?variant=7");
    expect(variantHit.body.toString("utf8")).not.toBe(plain.body.toString("utf8"));
  });

  it.each([
    ["whose render set a cookie", "/welcome"],
    ["that is not a 200", "/gone"],
    ["that says private", "/private"],
    ["that gives shared caches no s-maxage", "/browser-only"],
    ["that says no-store", "/no-store"],
  ])("never keeps a page %s", async (_, path) => {
    await expectNeverKept(app, path);
    // A page offered to the cache after it is kept and served first, so a wrongly kept one would be too.
    const sentinel = `/photos/harbour?after=${encodeURIComponent(path)}`;
    await send(app, sentinel);
    await untilHit(app, sentinel);
    await expectNeverKept(app, path);
  });

  it("forgets a page once its s-maxage has passed", async () => {
    const hit = await untilHit(app, "/one-second");
    expect(Number(hit.headers.age)).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const before = app.renders();
    const expired = await send(app, "/one-second");
    expect(isHit(expired)).toBe(false);
    expect(app.renders()).toBe(before + 1);
    const renewed = await untilHit(app, "/one-second");
    expect(renewed.body.toString("utf8")).not.toBe(hit.body.toString("utf8"));
  });
});

describe("the page cache when it is off", () => {
  let app: TestApp;
  let sentinelApp: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ enabled: false });
    sentinelApp = await startTestApp({ enabled: true });
  });
  afterAll(() => Promise.all([app.close(), sentinelApp.close()]));

  it("renders every request and never says it kept one", async () => {
    await expectNeverKept(app, "/photos/harbour");
    // The same page, offered to a cache that is on, is kept and served: the one that is off would have had time to.
    await send(sentinelApp, "/photos/harbour");
    await untilHit(sentinelApp, "/photos/harbour");
    await expectNeverKept(app, "/photos/harbour");
    // It still lets a cache in front share the page, and the renderer streams it.
    const response = await send(app, "/photos/harbour");
    expect(response.headers["cache-control"]).toBe(SHARED);
    expect(response.headers["x-test-slot"]).toBe("shareable=true keeps=false");
  });
});

describe("sharedMaxAge", () => {
  it.each([
    ["public, max-age=0, s-maxage=60", 60],
    ["Public, S-MaxAge=30", 30],
    ["public,s-maxage=5", 5],
    ["s-maxage=60, public", 60],
    ["public, max-age=60", 0],
    ["s-maxage=60", 0],
    ["public, s-maxage=0", 0],
    ["private, s-maxage=60", 0],
    ["public, no-store, s-maxage=60", 0],
    ["private, no-cache", 0],
    ["", 0],
    [null, 0],
    [undefined, 0],
  ])("%j allows shared caches %i seconds", (header, seconds) => {
    expect(sharedMaxAge(header)).toBe(seconds);
  });
});

describe("inlineScriptHashes", () => {
  it("hashes a script's text as CSP does (the example of MDN's script-src page)", () => {
    expect(inlineScriptHashes("<script>alert('Hello, world.');</script>")).toEqual(["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]);
  });

  it("hashes every inline script once, module scripts too, ignoring its attributes", () => {
    const html = `<SCRIPT nonce="abc">a()</SCRIPT><script type="module" async>import "/x.js";</script><script nonce="def">a()</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha256Source("a()"), sha256Source('import "/x.js";')]);
  });

  it("hashes text outside ASCII as UTF-8", () => {
    expect(inlineScriptHashes("<script>document.title = \"Café — 30×40\";</script>")).toEqual([sha256Source('document.title = "Café — 30×40";')]);
  });

  it("leaves out scripts loaded from a URL and structured data, which the browser does not run inline", () => {
    const html = `<script src="/build/a.js"></script><script async src='/b.js' nonce="x"></script><script type="application/ld+json">{"@type":"Product"}</script>`;
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it("spans scripts written over several lines", () => {
    expect(inlineScriptHashes("<script>\n  run();\n</script>")).toEqual([sha256Source("\n  run();\n")]);
  });
});
