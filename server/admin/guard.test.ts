// THE GUARD TEST (docs/decisions/024-back-office-access.md): every back-office route in Remix's own
// route manifest and every `admin.*` procedure of the router, asked by an anonymous visitor and by a
// shopper with a cart, answers a redirect to the login page or 401. A route or procedure someone
// adds without the guard fails it, as the second half shows with one added here.
import { json } from "@remix-run/node";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it } from "vitest";
import { startAppServer, testEnv, type AppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { routeContext } from "../../test/route-context";
import { publicProcedure, router } from "../trpc/init";
import { appRouter } from "../trpc/root";
import { createAdminUser } from "./access/admin-users";
import { ADMIN_COOKIE } from "./access/session-token";
import { startAdminSession } from "./access/sessions";
import { addressed, adminServerBuild, backOfficeRoutes, type ManifestRoute } from "./admin-routes-build";
import { adminProcedure } from "./guard";
import { procedureProbes, routeProbes, unguarded, type Visitor } from "./guard-check";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const LOGIN = "routes/admin_.login";

let manifest: ManifestRoute[] = [];
let server: AppServer;
let visitors: Visitor[] = [];
let ownerCookie = "";

beforeAll(async () => {
  manifest = await backOfficeRoutes();
  server = await startAppServer(db, { env, remixBuild: adminServerBuild(manifest) });
  const photo = await createPhoto(db);
  const added = await fetch(`${server.url}/api/trpc/cart.add`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ variantId: photo.variants[0]!.id, quantity: 1 }) });
  const shopperCookie = added.headers.get("set-cookie")!.split(";")[0]!;
  visitors = [
    { name: "an anonymous visitor", cookie: undefined },
    { name: "a shopper with a cart", cookie: shopperCookie },
    { name: "a forged admin cookie", cookie: `${shopperCookie}; ${ADMIN_COOKIE}=${"A".repeat(43)}` },
  ];
  const owner = await createAdminUser(db, { email: "owner@example.com", password: "correct horse battery" });
  ownerCookie = `${ADMIN_COOKIE}=${await startAdminSession(db, owner.id)}`;
}, 120_000);

const adminProcedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([path]) => path.startsWith("admin."))
  .map(([path, procedure]) => ({ path, type: procedure._def.type }));

const callOver = (baseUrl: string) => (path: string, type: string, cookie: string | undefined) => {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (type === "query") return fetch(`${baseUrl}/api/trpc/${path}?input=${encodeURIComponent("{}")}`, { headers });
  return fetch(`${baseUrl}/api/trpc/${path}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: "{}" });
};

describe("the back office's guard", () => {
  it("finds the back office's routes and procedures in Remix's manifest and the router", () => {
    const ids = manifest.map((route) => route.id);
    expect(ids).toEqual(expect.arrayContaining(["routes/admin", "routes/admin._index", "routes/admin.audit", "routes/admin.account", LOGIN]));
    expect(adminProcedures.map((p) => p.path)).toEqual(expect.arrayContaining(["admin.me", "admin.auditLog", "admin.signOutEverywhere"]));
  });

  it("every admin route, page and data request, loader and action, sends a visitor without an admin session to the login page", async () => {
    const routes = addressed(manifest.filter((route) => route.id !== LOGIN));
    const { probes, withoutLoader } = routeProbes(routes, server.url, server.url);
    expect(withoutLoader, "a route without a loader renders its page for anyone").toEqual([]);
    expect(probes.length).toBeGreaterThanOrEqual(routes.length * 2);
    expect(await unguarded(probes, visitors)).toEqual([]);
  }, 120_000);

  it("every admin procedure answers 401 to a caller without an admin session", async () => {
    expect(await unguarded(procedureProbes(adminProcedures, callOver(server.url)), visitors)).toEqual([]);
  }, 60_000);

  it("the owner's own session gets through, so the refusals above are the guard's and not a missing page", async () => {
    const page = await fetch(`${server.url}/admin/audit?_data=${encodeURIComponent("routes/admin.audit")}`, { headers: { cookie: ownerCookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    const me = await callOver(server.url)("admin.me", "query", ownerCookie);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { result: { data: { email: string } } }).result.data.email).toBe("owner@example.com");
  });
});

describe("the guard test itself", () => {
  it("fails for an admin route whose loader does not call requireAdmin, and for one without a loader", async () => {
    const leak: ManifestRoute = { id: "routes/admin.leak", parentId: "routes/admin", path: "leak", module: { default: () => null, loader: () => json({ secret: "revenue" }) } };
    const bare: ManifestRoute = { id: "routes/admin.bare", parentId: "routes/admin", path: "bare", module: { default: () => null } };
    // Without the layout, so nothing above it guards the unguarded loader's data request either.
    const withLeak = [...manifest.filter((route) => route.id !== "routes/admin"), { ...leak, parentId: "root", path: "admin/leak" }, bare];
    const leaky = await startAppServer(db, { env, remixBuild: adminServerBuild(withLeak) });
    const routes = addressed(withLeak.filter((route) => route.id === "routes/admin.leak" || route.id === "routes/admin.bare"));
    const { probes, withoutLoader } = routeProbes(routes, leaky.url, leaky.url);
    expect(withoutLoader).toEqual(["routes/admin.bare"]);
    const found = await unguarded(probes, visitors);
    expect(found).toContain("GET /admin/leak (routes/admin.leak) as an anonymous visitor: 200");
    expect(found).toContain("GET /admin/leak data (routes/admin.leak) as a shopper with a cart: 200");
  });

  it("fails for an admin procedure built on publicProcedure, and passes one built on adminProcedure", async () => {
    const withLeak = router({ admin: router({ revenue: publicProcedure.query(() => 123_45), guarded: adminProcedure.query(() => 123_45) }) });
    const call = (path: string, type: string, cookie: string | undefined) =>
      fetchRequestHandler({
        endpoint: "/api/trpc",
        router: withLeak,
        req: new Request(`http://shop.test/api/trpc/${path}?input=${encodeURIComponent("{}")}`, { headers: cookie ? { cookie } : {} }),
        createContext: () => routeContext(db, env, { adminSessionToken: /(?:^|; )pr_admin=([^;]*)/.exec(cookie ?? "")?.[1] }),
      });
    const probes = procedureProbes([{ path: "admin.revenue", type: "query" }, { path: "admin.guarded", type: "query" }], call);
    expect(await unguarded(probes, visitors)).toEqual(visitors.map((visitor) => `query admin.revenue as ${visitor.name}: 200`));
  });
});
