// A Remix server build around given route modules, for tests that go through the real runtime and
// Express adapter without `npm run build`. Its document is a stub: no React is rendered.
import type { ServerBuild } from "@remix-run/node";

type Routes = ServerBuild["routes"];

export function stubServerBuild(routes: Routes): ServerBuild {
  return {
    mode: "production",
    entry: {
      module: {
        default: (_request, status, headers) => {
          headers.set("content-type", "text/html; charset=utf-8");
          return new Response("<!doctype html><title>stub document</title>", { status, headers });
        },
      },
    },
    routes: { root: { id: "root", path: "", module: { default: () => null } }, ...routes },
    assets: { entry: { imports: [], module: "" }, routes: {}, url: "", version: "test" },
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    future: {} as ServerBuild["future"],
    isSpaMode: false,
  };
}
