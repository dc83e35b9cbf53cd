// Which browser chunks of a build hold server code, and which pages download them first: the check
// behind `npm run check:bundle`, kept free of the file system so a test can feed it a fixture.
import { initialModules, routePath, sourceOf, type Metafile, type RemixManifest } from "./remix-build";

/** Inputs that must never reach a browser: server packages, and the repository's server-only folders. */
const SERVER_INPUT = /(?:^|\/)node_modules\/(?:zod|drizzle-orm|postgres)\/|^(?:server|db|workers)\//;

export type ServerCodeInChunk = {
  /** the chunk's URL, as the manifest and the browser name it */
  chunk: string;
  /** what it holds that it must not: a package, or a repository file, with its bytes */
  sources: { source: string; bytes: number }[];
  /** `routes/x (/x)` for each route whose initial JavaScript includes the chunk */
  routes: string[];
  /** the chunk is part of entry.client or root, so every page downloads it */
  everyPage: boolean;
};

/** The inverse of remix-build's `outputKey`: `public/build/x.js` is served as `/build/x.js`. */
const urlOf = (key: string) => key.replace(/^public(?=\/)/, "");

export function findServerCodeInBrowser(metafile: Metafile, manifest: RemixManifest): ServerCodeInChunk[] {
  const everyPage = new Set(initialModules(manifest, "root", { manifestFile: false }));
  const initialByRoute = Object.keys(manifest.routes)
    .filter((id) => id !== "root")
    .map((id) => ({ id, urls: new Set(initialModules(manifest, id, { manifestFile: false })) }));
  const found: ServerCodeInChunk[] = [];
  for (const [key, output] of Object.entries(metafile.outputs)) {
    if (!key.endsWith(".js")) continue;
    const bySource = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (!SERVER_INPUT.test(input)) continue;
      bySource.set(sourceOf(input), (bySource.get(sourceOf(input)) ?? 0) + bytesInOutput);
    }
    if (bySource.size === 0) continue;
    const chunk = urlOf(key);
    found.push({
      chunk,
      sources: [...bySource.entries()].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes),
      routes: initialByRoute.filter((r) => r.urls.has(chunk)).map((r) => `${r.id} (${routePath(manifest, r.id)})`),
      everyPage: everyPage.has(chunk),
    });
  }
  return found.sort((a, b) => a.chunk.localeCompare(b.chunk));
}

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

export function describeServerCode(found: ServerCodeInChunk[]): string {
  return found
    .map((f) => {
      const who = f.everyPage
        ? "in entry.client or root: every page downloads it first"
        : f.routes.length > 0
          ? `in the initial JavaScript of ${f.routes.join(", ")}`
          : "in no page's initial JavaScript (loaded later, by a dynamic import)";
      return `${f.chunk} holds ${f.sources.map((s) => `${s.source} ${size(s.bytes)}`).join(", ")}\n  ${who}`;
    })
    .join("\n");
}
