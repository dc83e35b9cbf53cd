// Through the real Express app and Remix's runtime (a build of just these routes, its document a
// stub): a mail program's RFC 8058 one-click POST passes the shop's edge and unsubscribes, and the
// owner's CSV download arrives streamed, while a visitor gets the login page.
import type { ServerBuild } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as unsubscribeRoute from "../../../app/routes/newsletter_.unsubscribe";
import * as csvRoute from "../../../app/routes/admin.people.subscribers[.]csv";
import { subscribers } from "../../../db/schema/index";
import { startAppServer } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { newsletterUnsubscribeUrl } from "../../newsletter/unsubscribe";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";
import { ADMIN_COOKIE } from "../access/session-token";

type RouteModule = ServerBuild["routes"][string]["module"];

const build: ServerBuild = {
  mode: "production",
  entry: {
    module: {
      default: (_request, status, headers) => {
        headers.set("content-type", "text/html; charset=utf-8");
        return new Response("<!doctype html><title>stub document</title>", { status, headers });
      },
    },
  },
  routes: {
    root: { id: "root", path: "", module: { default: () => null } },
    "routes/newsletter_.unsubscribe": { id: "routes/newsletter_.unsubscribe", parentId: "root", path: "newsletter/unsubscribe", module: unsubscribeRoute as unknown as RouteModule },
    "routes/admin.people.subscribers[.]csv": { id: "routes/admin.people.subscribers[.]csv", parentId: "root", path: "admin/people/subscribers.csv", module: csvRoute as unknown as RouteModule },
  },
  assets: { entry: { imports: [], module: "" }, routes: {}, url: "", version: "test" },
  publicPath: "/build/",
  assetsBuildDirectory: "public/build",
  future: {} as ServerBuild["future"],
  isSpaMode: false,
};

const database = await testDatabase();
const db = database.db;
const server = await startAppServer(db, { remixBuild: build });

describe("over HTTP", () => {
  it("a mail program's one-click POST, without an Origin, to the List-Unsubscribe address unsubscribes", async () => {
    await db.insert(subscribers).values({ email: "one-click@example.com", source: "footer" });
    const [row] = await db.select().from(subscribers).where(eq(subscribers.email, "one-click@example.com"));
    const url = newsletterUnsubscribeUrl(server.url, server.env.SESSION_SECRET, row!).replace(server.url, "");
    const response = await fetch(`${server.url}${url}`, { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }), redirect: "manual" });
    expect(response.status).toBe(200);
    expect(await db.select().from(subscribers).where(eq(subscribers.id, row!.id))).toEqual([]);
  });

  it("the owner's CSV download streams every row; a visitor is sent to the login page", async () => {
    await db.execute(sql`insert into subscribers (email, source) select 'http' || n || '@example.com', 'popup' from generate_series(1, 2000) as n`);
    const owner = await createAdminUser(db, { email: "owner@example.com", password: "a long enough owner password" });
    const token = await startAdminSession(db, owner.id);

    const visitor = await fetch(`${server.url}/admin/people/subscribers.csv`, { redirect: "manual" });
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get("location")).toBe("/admin/login?next=%2Fadmin%2Fpeople%2Fsubscribers.csv");

    const response = await fetch(`${server.url}/admin/people/subscribers.csv?q=http`, { headers: { cookie: `${ADMIN_COOKIE}=${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-length")).toBeNull();
    const lines = (await response.text()).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(2001);
    expect(lines[1]).toMatch(/^http1@example\.com,popup,no,,/);
  });
});
