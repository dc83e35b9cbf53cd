import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { describeServerCode, findServerCodeInBrowser } from "./browser-bundle-check";
import type { Metafile, RemixManifest } from "./remix-build";

// A build of three pages as the classic compiler describes it: each route's module, the shared
// chunks it imports, and which inputs esbuild put in each output.
const manifest: RemixManifest = {
  url: "/build/manifest-1.js",
  entry: { module: "/build/entry.client-1.js", imports: ["/build/_shared/chunk-react.js"] },
  routes: {
    root: { id: "root", path: "", module: "/build/root-1.js" },
    "routes/photos.$slug": { id: "routes/photos.$slug", parentId: "root", path: "photos/:slug", module: "/build/routes/photos.$slug-1.js" },
    "routes/checkout._index": {
      id: "routes/checkout._index",
      parentId: "root",
      path: "checkout",
      index: true,
      module: "/build/routes/checkout._index-1.js",
      imports: ["/build/_shared/chunk-forms.js"],
    },
    "routes/track-order": { id: "routes/track-order", parentId: "root", path: "track-order", module: "/build/routes/track-order-1.js", imports: ["/build/_shared/chunk-forms.js"] },
  },
};

const output = (...inputs: string[]) => ({ inputs: Object.fromEntries(inputs.map((input) => [input, { bytesInOutput: 2048 }])) });

const cleanBuild: Metafile = {
  outputs: {
    "public/build/entry.client-1.js": output("app/entry.client.tsx"),
    "public/build/_shared/chunk-react.js": output("node_modules/react-dom/cjs/react-dom.production.min.js"),
    "public/build/root-1.js": output("app/root.tsx"),
    "public/build/routes/photos.$slug-1.js": output("app/routes/photos.$slug.tsx", "empty-module:~/lib/storefront.server"),
    "public/build/routes/checkout._index-1.js": output("app/routes/checkout._index.tsx"),
    "public/build/routes/track-order-1.js": output("app/routes/track-order.tsx"),
    "public/build/_shared/chunk-forms.js": output("app/components/ui/text-field.tsx"),
    "public/build/_assets/tailwind-1.css": output("app/styles/tailwind.css"),
  },
};

const withOutputs = (outputs: Metafile["outputs"]): Metafile => ({ outputs: { ...cleanBuild.outputs, ...outputs } });

describe("findServerCodeInBrowser", () => {
  it("finds nothing in a build whose server code stayed behind *.server.ts modules", () => {
    expect(findServerCodeInBrowser(cleanBuild, manifest)).toEqual([]);
  });

  it("names a shared chunk holding zod and every route whose first download includes it", () => {
    const found = findServerCodeInBrowser(
      withOutputs({ "public/build/_shared/chunk-forms.js": output("app/components/ui/text-field.tsx", "node_modules/zod/v4/classic/schemas.js", "node_modules/zod/v4/core/core.js") }),
      manifest,
    );
    expect(found).toEqual([
      {
        chunk: "/build/_shared/chunk-forms.js",
        sources: [{ source: "zod", bytes: 4096 }],
        routes: ["routes/checkout._index (/checkout)", "routes/track-order (/track-order)"],
        everyPage: false,
      },
    ]);
    expect(describeServerCode(found)).toContain("/build/_shared/chunk-forms.js holds zod 4.0 KB\n  in the initial JavaScript of routes/checkout._index (/checkout), routes/track-order (/track-order)");
  });

  it("names the route whose own module pulled in a file from server/ or db/ and Drizzle", () => {
    const found = findServerCodeInBrowser(
      withOutputs({ "public/build/routes/photos.$slug-1.js": output("app/routes/photos.$slug.tsx", "server/catalog/photos.ts", "db/schema/catalog.ts", "node_modules/drizzle-orm/pg-core/table.js") }),
      manifest,
    );
    expect(found.map((f) => [f.chunk, f.routes, f.sources.map((s) => s.source)])).toEqual([
      ["/build/routes/photos.$slug-1.js", ["routes/photos.$slug (/photos/:slug)"], ["server/catalog/photos.ts", "db/schema/catalog.ts", "drizzle-orm"]],
    ]);
  });

  it("says every page when the root route holds a worker's code or postgres.js", () => {
    const found = findServerCodeInBrowser(withOutputs({ "public/build/root-1.js": output("app/root.tsx", "workers/tasks/send-mail.ts", "node_modules/postgres/src/index.js") }), manifest);
    expect(found).toHaveLength(1);
    expect(found[0]!.everyPage).toBe(true);
    expect(describeServerCode(found)).toContain("every page downloads it first");
  });

  it("reports a lazy chunk that no page loads first", () => {
    const found = findServerCodeInBrowser(withOutputs({ "public/build/_shared/editor-1.js": output("app/components/editor.tsx", "node_modules/zod/index.js") }), manifest);
    expect(found.map((f) => [f.chunk, f.routes, f.everyPage])).toEqual([["/build/_shared/editor-1.js", [], false]]);
    expect(describeServerCode(found)).toContain("in no page's initial JavaScript");
  });

  it("does not mistake a package whose name only starts like a server package, or app files named server", () => {
    const found = findServerCodeInBrowser(
      withOutputs({ "public/build/routes/track-order-1.js": output("app/routes/track-order.tsx", "node_modules/zod-to-text/index.js", "node_modules/postgres-date/index.js", "app/lib/server-time.ts") }),
      manifest,
    );
    expect(found).toEqual([]);
  });
});

describe("npm run check:bundle", () => {
  function buildFolder(metafile: Metafile): string {
    const dir = mkdtempSync(path.join(tmpdir(), "bundle-check-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(path.join(dir, "build"));
    mkdirSync(path.join(dir, "public/build"), { recursive: true });
    writeFileSync(path.join(dir, "build/metafile.js.json"), JSON.stringify(metafile));
    writeFileSync(path.join(dir, "public/build/manifest-1.js"), `window.__remixManifest=${JSON.stringify(manifest)};`);
    return dir;
  }
  const check = (dir: string) =>
    spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "check-browser-bundle.ts"), dir], { encoding: "utf8" });

  it("fails on a build with server code, naming the chunk and the route", () => {
    const run = check(buildFolder(withOutputs({ "public/build/routes/track-order-1.js": output("app/routes/track-order.tsx", "node_modules/zod/index.js") })));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("/build/routes/track-order-1.js holds zod 2.0 KB\n  in the initial JavaScript of routes/track-order (/track-order)");
  });

  it("passes a clean build", () => {
    const run = check(buildFolder(cleanBuild));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("No server code in any of the 7 browser chunks.");
  });
});
