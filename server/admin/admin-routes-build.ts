// For tests: a Remix server build of every back-office route, found as Remix finds them (its own
// route manifest from app/routes, `readConfig`), with the real route modules and a stub document
// (no React is rendered: the guard answers before any page would be). Loaded by vitest, or by tsx
// in a child process (server/admin/access/login-server.fixture.ts).
import type { ServerBuild } from "@remix-run/node";
import { readConfig } from "@remix-run/dev/dist/config.js";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { stubServerBuild } from "../../test/stub-server-build";

export type RouteModule = ServerBuild["routes"][string]["module"];
export type ManifestRoute = { id: string; parentId: string; path?: string; index?: boolean; module: RouteModule };
/** A back-office route as a visitor addresses it. */
export type AdminRoute = { id: string; url: string; index: boolean; hasLoader: boolean; hasAction: boolean };

const isBackOffice = (id: string) => id === "routes/admin" || id.startsWith("routes/admin.") || id.startsWith("routes/admin_.");

/** The back office's routes in Remix's manifest, with their modules imported. */
export async function backOfficeRoutes(root = process.cwd()): Promise<ManifestRoute[]> {
  const config = await readConfig(root);
  const entries = Object.values(config.routes).filter((route) => isBackOffice(route.id));
  return Promise.all(
    entries.map(async (route) => ({
      id: route.id,
      parentId: route.parentId ?? "root",
      path: route.path,
      index: route.index,
      module: (await import(pathToFileURL(path.join(config.appDirectory, route.file)).href)) as RouteModule,
    })),
  );
}

/** A URL that reaches the route: its path joined with its parents', a made-up value for each parameter. */
function urlOf(route: ManifestRoute, byId: Map<string, ManifestRoute>): string {
  const segments: string[] = [];
  for (let current: ManifestRoute | undefined = route; current; current = byId.get(current.parentId)) if (current.path) segments.unshift(current.path);
  const joined = segments
    .join("/")
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "1" : segment === "*" ? "anything" : segment))
    .join("/");
  return `/${joined}`;
}

export function addressed(routes: ManifestRoute[]): AdminRoute[] {
  const byId = new Map(routes.map((route) => [route.id, route]));
  return routes.map((route) => ({ id: route.id, url: urlOf(route, byId), index: route.index === true, hasLoader: typeof route.module.loader === "function", hasAction: typeof route.module.action === "function" }));
}

export function adminServerBuild(routes: ManifestRoute[]): ServerBuild {
  return stubServerBuild(Object.fromEntries(routes.map((route) => [route.id, { id: route.id, parentId: route.parentId, path: route.path, index: route.index, module: route.module }])));
}
