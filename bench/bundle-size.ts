// Initial JavaScript of every page: what Remix's <Scripts> makes the browser fetch before hydration
// (the manifest, the entry, the root route, the page's route and all their `imports`), as the server
// sends them: the build's brotli copies (server/http/precompress-build.ts), gzip for clients without.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compressedCopies } from "../server/http/precompress-build";
import { contributors, initialModules, pageRoutes, readManifest, readMetafile, routePath, usesLazyRouteDiscovery, type Metafile } from "../tools/remix-build";
import { measuredLine, table, target, verdict, type Section } from "./lib/report";

const PHOTO_ROUTE = "routes/photos.$slug";
const BUDGET_KB = 100;
/** How much more than the photo page any other page may send first. */
const MARGIN_KB = 10;
/** Pages allowed past the margin: the wall editor's canvas (konva) is its own page's weight. */
const MARGIN_EXCEPTIONS = [/^routes\/wall(?:[._$]|$)/];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** `br` is what a browser downloads (the build's brotli copy); `gzip` what a client without brotli gets. */
type Chunk = { url: string; bytes: number; br: number; gzip: number };

function measure(appDir: string, urls: string[]): Chunk[] {
  return urls.map((url) => {
    const bytes = readFileSync(path.join(appDir, "public", url));
    const { br, gz } = compressedCopies(bytes);
    return { url, bytes: bytes.length, br: br.length, gzip: gz.length };
  });
}

/** The three biggest contributors to a chunk (packages by name, app files by path), from esbuild's metafile. */
const contentsOf = (metafile: Metafile, url: string) =>
  contributors(metafile, url)
    .slice(0, 3)
    .map((c) => `${c.source} ${kb(c.bytes)}`)
    .join(", ");

/** The biggest source in the chunks a page loads beyond what every page loads (entry and root). */
function largestOwnSource(metafile: Metafile, urls: string[], everyPage: Set<string>): string {
  const bySource = new Map<string, number>();
  for (const url of urls.filter((u) => !everyPage.has(u))) {
    for (const { source, bytes } of contributors(metafile, url)) bySource.set(source, (bySource.get(source) ?? 0) + bytes);
  }
  const [largest] = [...bySource.entries()].sort((a, b) => b[1] - a[1]);
  return largest ? `${largest[0]} ${kb(largest[1])}` : "—";
}

export type BundleResult = {
  pages: { page: string; routeId: string; kbBrotli: number; kbGzip: number; kbRaw: number; files: number; largest: string; withinMargin: boolean }[];
  photoKbBrotli: number;
  cssKbBrotli: number;
};

export function bundleSize(appDir: string): { section: Section; result: BundleResult } {
  const manifest = readManifest(appDir);
  const metafile = readMetafile(appDir);
  const lazyDiscovery = usesLazyRouteDiscovery(appDir);
  const initial = (routeId: string) => initialModules(manifest, routeId, { manifestFile: !lazyDiscovery });
  const everyPage = new Set(initial("root"));

  const routes = pageRoutes(manifest, metafile);
  if (!routes.some((r) => r.id === PHOTO_ROUTE)) throw new Error(`${PHOTO_ROUTE} is not a page of this build`);
  const measured = routes
    .map((route) => {
      const urls = initial(route.id);
      const chunks = measure(appDir, urls);
      const br = chunks.reduce((n, c) => n + c.br, 0);
      const gzip = chunks.reduce((n, c) => n + c.gzip, 0);
      return { page: routePath(manifest, route.id), routeId: route.id, chunks, br, gzip, raw: chunks.reduce((n, c) => n + c.bytes, 0), largest: largestOwnSource(metafile, urls, everyPage) };
    })
    .sort((a, b) => (a.routeId === PHOTO_ROUTE ? -1 : b.routeId === PHOTO_ROUTE ? 1 : a.page.localeCompare(b.page)));
  const photo = measured[0]!;
  const photoKb = photo.br / 1024;
  const pages = measured.map((p) => {
    const overKb = (p.br - photo.br) / 1024;
    const excepted = MARGIN_EXCEPTIONS.some((r) => r.test(p.routeId));
    return { ...p, overKb, excepted, withinMargin: excepted || overKb <= MARGIN_KB };
  });
  const missed = pages.filter((p) => !p.withinMargin);

  // Everything else in the build loads later, if ever: lazy components.
  const initialAnywhere = new Set(pages.flatMap((p) => p.chunks.map((c) => c.url)));
  const lazyNames = readdirSync(path.join(appDir, "public/build"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .map((f) => `/build/${f}`)
    .filter((u) => !initialAnywhere.has(u) && /\/_shared\/(?!chunk-)/.test(u));
  const lazy = measure(appDir, lazyNames).sort((a, b) => b.br - a.br);

  const css = readdirSync(path.join(appDir, "public/build/_assets")).filter((f) => f.endsWith(".css"));
  const cssBrotli = measure(appDir, css.map((f) => `/build/_assets/${f}`)).reduce((n, c) => n + c.br, 0);

  const budget = target(photoKb <= BUDGET_KB, `target ≤ ${BUDGET_KB} KB as sent`);
  const margin = target(missed.length === 0, `target: every page within ${MARGIN_KB} KB of the photo page, the wall editor excepted`);
  const markdown = [
    "## Initial JavaScript (bundle size)",
    "",
    measuredLine(),
    "",
    "What the browser must download before a page hydrates: the Remix manifest, `entry.client`, the root route, the page's route and every shared chunk they import (the `modulepreload` links Remix writes), each as the server sends it to a browser: the brotli (quality 11) copy the build writes beside every file (server/http/precompress-build.ts, served by express-static-gzip), measured file by file. The gzip (level 9) copy, for clients without brotli, is shown beside it. Lazy chunks (`React.lazy`) are not in it. Every route of the build that renders a page is measured (resource routes, which have no component, send no JavaScript).",
    "",
    lazyDiscovery
      ? "This build uses `v3_lazyRouteDiscovery`: the manifest file is not loaded; a partial manifest of the page's own routes is inlined in the HTML instead (not counted here)."
      : "This build loads the whole route manifest on every page (`v3_lazyRouteDiscovery` is off).",
    "",
    `**Photo page: ${photoKb.toFixed(1)} KB brotli** (${kb(photo.gzip)} KB gzip, ${kb(photo.raw)} KB raw, ${photo.chunks.length} files) — ${verdict(budget)}.`,
    "",
    `**${pages.length - missed.length} of ${pages.length} pages within ${MARGIN_KB} KB of the photo page** — ${verdict(margin)}${missed.length > 0 ? `; over: ${missed.map((p) => `\`${p.page}\` (+${p.overKb.toFixed(1)} KB)`).join(", ")}` : ""}.`,
    "",
    "“Largest own module” is the biggest package or app file (raw KB, from esbuild's metafile) in the chunks the page loads beyond what every page loads (entry and root).",
    "",
    table(
      ["page", "route", "KB brotli", "± photo page", "KB gzip", "KB raw", "files", "largest own module"],
      pages.map((p) => [
        `\`${p.page}\``,
        `\`${p.routeId}\``,
        p.withinMargin ? kb(p.br) : `**${kb(p.br)}**`,
        `${p.overKb >= 0 ? "+" : ""}${p.overKb.toFixed(1)}${p.excepted ? " (exempt)" : ""}`,
        kb(p.gzip),
        kb(p.raw),
        p.chunks.length,
        p.largest,
      ]),
    ),
    "",
    "Biggest initial chunks of the photo page (largest contributors in raw KB, from esbuild's metafile):",
    "",
    table(
      ["file", "KB brotli", "KB gzip", "KB raw", "mostly"],
      [...photo.chunks].sort((a, b) => b.br - a.br).slice(0, 8).map((c) => [`\`${c.url}\``, kb(c.br), kb(c.gzip), kb(c.bytes), contentsOf(metafile, c.url)]),
    ),
    "",
    lazy.length > 0
      ? `Loaded later, not counted: ${lazy.map((c) => `\`${path.basename(c.url)}\` ${kb(c.br)} KB`).join(", ")}.`
      : "No lazy chunks in the build.",
    "",
    `Stylesheet (one file for the whole site, inlined in every document's head, app/lib/stylesheet.tsx): ${kb(cssBrotli)} KB brotli.`,
  ].join("\n");
  return {
    section: { id: "bundle-size", markdown },
    result: {
      pages: pages.map((p) => ({ page: p.page, routeId: p.routeId, kbBrotli: p.br / 1024, kbGzip: p.gzip / 1024, kbRaw: p.raw / 1024, files: p.chunks.length, largest: p.largest, withinMargin: p.withinMargin })),
      photoKbBrotli: photoKb,
      cssKbBrotli: cssBrotli / 1024,
    },
  };
}
