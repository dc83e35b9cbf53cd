// Reading a production build of the classic Remix compiler: the browser manifest
// (public/build/manifest-*.js), esbuild's metafile of the browser build (build/metafile.js.json,
// written beside the server build) and which files a page loads before it hydrates.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

export type ManifestEntry = { module: string; imports?: string[] };
export type ManifestRoute = ManifestEntry & { id: string; parentId?: string; path?: string; index?: boolean };
export type RemixManifest = { url: string; entry: ManifestEntry; routes: Record<string, ManifestRoute> };

type MetafileOutput = { inputs: Record<string, { bytesInOutput: number }>; exports?: string[]; entryPoint?: string };
export type Metafile = {
  inputs?: Record<string, { imports: { path: string }[] }>;
  outputs: Record<string, MetafileOutput>;
};

export function readManifest(appDir: string): RemixManifest {
  const buildDir = path.join(appDir, "public/build");
  const file = existsSync(buildDir) ? readdirSync(buildDir).find((name) => /^manifest-[\w]+\.js$/.test(name)) : undefined;
  if (!file) throw new Error(`no Remix manifest in ${buildDir}: run \`npm run build\` first`);
  const window: { __remixManifest?: RemixManifest } = {};
  vm.runInNewContext(readFileSync(path.join(buildDir, file), "utf8"), { window });
  if (!window.__remixManifest) throw new Error(`${file} did not define window.__remixManifest`);
  return window.__remixManifest;
}

/** The browser build's metafile; Remix writes it next to `serverBuildPath` on every build. */
export function readMetafile(appDir: string): Metafile {
  const file = path.join(appDir, "build/metafile.js.json");
  if (!existsSync(file)) throw new Error(`no esbuild metafile at ${file}: run \`npm run build\` first`);
  return JSON.parse(readFileSync(file, "utf8")) as Metafile;
}

/**
 * With `v3_lazyRouteDiscovery` Remix inlines a partial manifest in the HTML and never loads the
 * manifest file; without it, every page imports the whole manifest.
 */
export function usesLazyRouteDiscovery(appDir: string): boolean {
  return /v3_lazyRouteDiscovery:\s*(!0|true)/.test(readFileSync(path.join(appDir, "build/index.js"), "utf8"));
}

/** The metafile's key for a file the manifest names by URL (`publicPath` /build/ in `public/build`). */
export const outputKey = (url: string) => `public${url}`;

/** The route and its parents up to root, as Remix preloads them for a document request. */
export function initialModules(manifest: RemixManifest, routeId: string, options: { manifestFile: boolean }): string[] {
  const chain: string[] = [];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) chain.unshift(id);
  const urls = [...(options.manifestFile ? [manifest.url] : []), manifest.entry.module, ...(manifest.entry.imports ?? [])];
  for (const id of chain) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`route ${id} is not in the manifest`);
    urls.push(route.module, ...(route.imports ?? []));
  }
  return [...new Set(urls)];
}

/** The URL pattern a route answers, e.g. `/photos/:slug` for `routes/photos.$slug`. */
export function routePath(manifest: RemixManifest, routeId: string): string {
  const segments: string[] = [];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) {
    const own = manifest.routes[id]?.path;
    if (own) segments.unshift(own);
  }
  return `/${segments.join("/")}`;
}

/**
 * Routes that render a page: their browser module re-exports a default component from the route
 * file. A resource route's browser module is Remix's empty CommonJS shim, whose only export is the
 * `default` esbuild gives every CommonJS module, so the shim's own import of the route file decides.
 */
export function pageRoutes(manifest: RemixManifest, metafile: Metafile): ManifestRoute[] {
  return Object.values(manifest.routes).filter((route) => {
    if (route.id === "root") return false;
    const output = metafile.outputs[outputKey(route.module)];
    const shim = output?.entryPoint ? metafile.inputs?.[output.entryPoint] : undefined;
    return Boolean(output?.exports?.includes("default") && shim && shim.imports.length > 0);
  });
}

/** What an input of the bundle belongs to: a package by name, or a repository file by its path. */
export function sourceOf(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
  return pkg ?? input.replace(/^.*?((?:app|server|db|workers)\/)/, "$1");
}

/** Bytes each source contributes to one output file, largest first. */
export function contributors(metafile: Metafile, url: string): { source: string; bytes: number }[] {
  const bySource = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[outputKey(url)]?.inputs ?? {})) {
    const source = sourceOf(input);
    bySource.set(source, (bySource.get(source) ?? 0) + bytesInOutput);
  }
  return [...bySource.entries()].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes);
}
