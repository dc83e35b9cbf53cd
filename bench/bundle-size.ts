// Initial JavaScript of a page: what Remix's <Scripts> makes the browser fetch before hydration
// (the manifest, the entry, the root route, the page's route and all their `imports`), gzipped.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { measuredLine, table, target, verdict, type Section } from "./lib/report";

type ManifestEntry = { module: string; imports?: string[] };
type RemixManifest = { url: string; entry: ManifestEntry; routes: Record<string, ManifestEntry & { parentId?: string }> };
type Metafile = { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };

const BUDGET_KB = 100;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function readManifest(appDir: string): RemixManifest {
  const buildDir = path.join(appDir, "public/build");
  const file = readdirSync(buildDir).find((name) => /^manifest-[\w]+\.js$/.test(name));
  if (!file) throw new Error(`no Remix manifest in ${buildDir}`);
  const window: { __remixManifest?: RemixManifest } = {};
  vm.runInNewContext(readFileSync(path.join(buildDir, file), "utf8"), { window });
  if (!window.__remixManifest) throw new Error(`${file} did not define window.__remixManifest`);
  return window.__remixManifest;
}

/**
 * With `v3_lazyRouteDiscovery` Remix inlines a partial manifest in the HTML and never loads the
 * manifest file; without it, every page imports the whole manifest.
 */
function usesLazyRouteDiscovery(appDir: string): boolean {
  return /v3_lazyRouteDiscovery:\s*(!0|true)/.test(readFileSync(path.join(appDir, "build/index.js"), "utf8"));
}

/** The route and its parents up to root, as Remix preloads them for a document request. */
function initialModules(manifest: RemixManifest, routeId: string, lazyDiscovery: boolean): string[] {
  const chain: string[] = [];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) chain.unshift(id);
  const urls = [...(lazyDiscovery ? [] : [manifest.url]), manifest.entry.module, ...(manifest.entry.imports ?? [])];
  for (const id of chain) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`route ${id} is not in the manifest`);
    urls.push(route.module, ...(route.imports ?? []));
  }
  return [...new Set(urls)];
}

type Chunk = { url: string; bytes: number; gzip: number; contents: string };

/** The three biggest contributors to a chunk (packages by name, app files by path), from esbuild's metafile. */
function contentsOf(metafile: Metafile | null, url: string): string {
  const output = metafile?.outputs[`public${url}`];
  if (!output) return "";
  const bySource = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
    const source = pkg ?? input.replace(/^.*?(app\/|server\/|db\/)/, "$1");
    bySource.set(source, (bySource.get(source) ?? 0) + bytesInOutput);
  }
  return [...bySource.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([source, bytes]) => `${source} ${kb(bytes)}`)
    .join(", ");
}

function measure(appDir: string, urls: string[], metafile: Metafile | null): Chunk[] {
  return urls.map((url) => {
    const bytes = readFileSync(path.join(appDir, "public", url));
    return { url, bytes: bytes.length, gzip: gzipSync(bytes).length, contents: contentsOf(metafile, url) };
  });
}

export type BundleResult = { pages: { page: string; routeId: string; kbGzip: number; kbRaw: number; files: number }[]; photoKbGzip: number; cssKbGzip: number };

export function bundleSize(appDir: string): { section: Section; result: BundleResult } {
  const manifest = readManifest(appDir);
  const lazyDiscovery = usesLazyRouteDiscovery(appDir);
  const metafilePath = path.join(appDir, "build/metafile.js.json");
  const metafile = existsSync(metafilePath) ? (JSON.parse(readFileSync(metafilePath, "utf8")) as Metafile) : null;
  const pages = [
    { page: "/photos/:slug", routeId: "routes/photos.$slug" },
    { page: "/", routeId: "routes/_index" },
    { page: "/photos", routeId: "routes/photos._index" },
    { page: "/collections/:slug", routeId: "routes/collections.$slug" },
    { page: "/cart", routeId: "routes/cart" },
  ].filter((p) => manifest.routes[p.routeId]);
  const measured = pages.map((p) => {
    const chunks = measure(appDir, initialModules(manifest, p.routeId, lazyDiscovery), metafile);
    return { ...p, chunks, gzip: chunks.reduce((n, c) => n + c.gzip, 0), raw: chunks.reduce((n, c) => n + c.bytes, 0) };
  });
  const photo = measured[0]!;
  const photoKb = photo.gzip / 1024;

  // Everything else in the build loads later, if ever: lazy components and other pages' routes.
  const initial = new Set(photo.chunks.map((c) => c.url));
  const allChunks = readdirSync(path.join(appDir, "public/build"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .map((f) => `/build/${f}`);
  const lazyNames = allChunks.filter((u) => !initial.has(u) && /\/_shared\/(?!chunk-)/.test(u));
  const lazy = measure(appDir, lazyNames, metafile).sort((a, b) => b.gzip - a.gzip);

  const css = readdirSync(path.join(appDir, "public/build/_assets")).filter((f) => f.endsWith(".css"));
  const cssGzip = css.reduce((n, f) => n + gzipSync(readFileSync(path.join(appDir, "public/build/_assets", f))).length, 0);

  const budget = target(photoKb <= BUDGET_KB, `target ≤ ${BUDGET_KB} KB gzip`);
  const markdown = [
    "## Initial JavaScript (bundle size)",
    "",
    measuredLine(),
    "",
    "What the browser must download before a page hydrates: the Remix manifest, `entry.client`, the root route, the page's route and every shared chunk they import (the `modulepreload` links Remix writes), each gzipped on its own with zlib's default level as `compression` serves it. Lazy chunks (`React.lazy`) are not in it.",
    "",
    lazyDiscovery
      ? "This build uses `v3_lazyRouteDiscovery`: the manifest file is not loaded; a partial manifest of the page's own routes is inlined in the HTML instead (not counted here)."
      : "This build loads the whole route manifest on every page (`v3_lazyRouteDiscovery` is off).",
    "",
    `**Photo page: ${photoKb.toFixed(1)} KB gzip** (${kb(photo.raw)} KB raw, ${photo.chunks.length} files) — ${verdict(budget)}.`,
    "",
    table(
      ["page", "KB gzip", "KB raw", "files"],
      measured.map((p) => [`\`${p.page}\``, kb(p.gzip), kb(p.raw), p.chunks.length]),
    ),
    "",
    "Biggest initial chunks of the photo page (largest contributors in raw KB, from esbuild's metafile):",
    "",
    table(
      ["file", "KB gzip", "KB raw", "mostly"],
      [...photo.chunks].sort((a, b) => b.gzip - a.gzip).slice(0, 8).map((c) => [`\`${c.url}\``, kb(c.gzip), kb(c.bytes), c.contents]),
    ),
    "",
    lazy.length > 0
      ? `Loaded later, not counted: ${lazy.map((c) => `\`${path.basename(c.url)}\` ${kb(c.gzip)} KB`).join(", ")}.`
      : "No lazy chunks in the build.",
    "",
    `Stylesheet (one file for the whole site, inlined in every document's head, app/lib/stylesheet.tsx): ${kb(cssGzip)} KB gzip.`,
  ].join("\n");
  return {
    section: { id: "bundle-size", markdown },
    result: {
      pages: measured.map((p) => ({ page: p.page, routeId: p.routeId, kbGzip: p.gzip / 1024, kbRaw: p.raw / 1024, files: p.chunks.length })),
      photoKbGzip: photoKb,
      cssKbGzip: cssGzip / 1024,
    },
  };
}
