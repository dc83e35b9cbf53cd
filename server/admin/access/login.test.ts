// Signing in and out of the back office over HTTP, through the real app and the back office's
// route modules: the cookie, the same answer for an unknown e-mail and a wrong password, a new
// session id at every sign-in, the idle timeout, sign out and sign out everywhere.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { startAppServer, testEnv, type AppServer } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { adminSessions, auditLog } from "../../../db/schema/index";
import { adminMeta } from "../../../app/lib/admin-meta";
import { sharedMaxAge } from "../../http/page-cache";
import { robotsTxt } from "../../seo/sitemap-xml";
import { adminServerBuild, backOfficeRoutes } from "../admin-routes-build";
import { createAdminUser } from "./admin-users";
import { adminCookie, ADMIN_COOKIE, sessionIdHash } from "./session-token";

const database = await testDatabase();
const db = database.db;
let server: AppServer;
let ownerId = 0;
const PASSWORD = "correct horse battery";
const LOGIN_DATA = `?_data=${encodeURIComponent("routes/admin_.login")}`;

beforeAll(async () => {
  server = await startAppServer(db, { env: testEnv(), remixBuild: adminServerBuild(await backOfficeRoutes()) });
  ownerId = (await createAdminUser(db, { email: "Owner@Example.com", password: PASSWORD })).id;
}, 120_000);

let address = 0;
/** Each sign-in from an address of its own, so this file's tries never meet the address limit. */
function signIn(fields: Record<string, string>, options: { cookie?: string; query?: string } = {}): Promise<Response> {
  address++;
  return fetch(`${server.url}/admin/login${options.query ?? ""}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `198.51.100.${address}`, ...(options.cookie ? { cookie: options.cookie } : {}) },
    body: new URLSearchParams(fields),
  });
}

const tokenOf = (response: Response) => new RegExp(`^${ADMIN_COOKIE}=([^;]+)`).exec(response.headers.get("set-cookie") ?? "")?.[1];

async function signedIn(): Promise<string> {
  const token = tokenOf(await signIn({ email: "owner@example.com", password: PASSWORD }));
  expect(token).toBeDefined();
  return token!;
}

/** Whether the token still opens the back office. */
async function opens(token: string): Promise<boolean> {
  const response = await fetch(`${server.url}/admin/audit?_data=${encodeURIComponent("routes/admin.audit")}`, { headers: { cookie: `${ADMIN_COOKIE}=${token}` } });
  await response.arrayBuffer();
  return response.status === 200;
}

/** What differs between any two answers whatever they say: the time, the request id, the CSP nonce. */
const PER_REQUEST = new Set(["date", "x-request-id", "content-security-policy"]);
async function answer(response: Response) {
  const headers = [...response.headers].filter(([name]) => !PER_REQUEST.has(name));
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()).toString("base64") };
}

describe("signing in to the back office", () => {
  it("the right password, in any case of the e-mail, opens a session: a new httpOnly, SameSite=Strict cookie, and on to the page asked for", async () => {
    const response = await signIn({ email: "OWNER@example.com", password: PASSWORD, next: "/admin/audit?before=9" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin/audit?before=9");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^pr_admin=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    // In production the same cookie is Secure.
    expect(adminCookie("x", true)).toMatch(/; Secure$/);
    const token = tokenOf(response)!;
    expect(await opens(token)).toBe(true);
    // The database keeps only the token's hash.
    const [row] = await db.select().from(adminSessions).where(eq(adminSessions.idHash, sessionIdHash(token)!));
    expect(row?.adminUserId).toBe(ownerId);
    expect(JSON.stringify(await db.select().from(adminSessions))).not.toContain(token);
  });

  it("the login page is never kept by a cache nor indexed, though its visitor is anonymous", async () => {
    const page = await fetch(`${server.url}/admin/login`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    expect(page.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    // What the page cache reads to decide whether it may keep a page (server/http/page-cache.ts).
    expect(sharedMaxAge(page.headers.get("cache-control"))).toBe(0);
    expect(adminMeta("Sign in")).toContainEqual({ name: "robots", content: "noindex, nofollow" });
    expect(robotsTxt("http://shop.test").split("\n")).toContain("Disallow: /admin");
  });

  it("a next page outside the back office is not followed", async () => {
    for (const next of ["//evil.example/admin", "https://evil.example/", "/photos", "/administrator"]) {
      const response = await signIn({ email: "owner@example.com", password: PASSWORD, next });
      expect(response.headers.get("location"), next).toBe("/admin");
    }
  });

  it("an unknown e-mail and a wrong password get the same answer, byte for byte, as a page and as data", async () => {
    for (const query of ["", LOGIN_DATA]) {
      const unknown = await answer(await signIn({ email: "nobody@example.com", password: "wrong password", next: "/admin" }, { query }));
      const wrong = await answer(await signIn({ email: "owner@example.com", password: "wrong password", next: "/admin" }, { query }));
      expect(unknown.status).toBe(400);
      expect(wrong).toEqual(unknown);
    }
    const data = await signIn({ email: "owner@example.com", password: "wrong password" }, { query: LOGIN_DATA });
    expect(await data.json()).toEqual({ ok: false, formError: "That e-mail address and password do not match an owner account.", fieldErrors: {}, values: {} });
  });

  it("an e-mail Postgres cannot store is a field error, not a 500", async () => {
    for (const email of ["owner@example.com\u0000", "\ud800owner@example.com", "not an address"]) {
      const response = await signIn({ email, password: "wrong password" }, { query: LOGIN_DATA });
      expect(response.status, email).toBe(400);
      expect(((await response.json()) as { fieldErrors: Record<string, string> }).fieldErrors.email, email).toBeTruthy();
    }
  });

  it("every sign-in makes a new session id, and the one the browser had ends", async () => {
    const first = await signedIn();
    const second = tokenOf(await signIn({ email: "owner@example.com", password: PASSWORD }, { cookie: `${ADMIN_COOKIE}=${first}` }))!;
    expect(second).not.toBe(first);
    expect(await opens(second)).toBe(true);
    expect(await opens(first)).toBe(false);
  });

  it("a session unused for 30 minutes is over; one used 29 minutes ago slides on", async () => {
    const idle = await signedIn();
    const recent = await signedIn();
    const setLastSeen = (token: string, minutes: number) =>
      db.update(adminSessions).set({ lastSeenAt: sql`now() - make_interval(mins => ${minutes})` }).where(eq(adminSessions.idHash, sessionIdHash(token)!));
    await setLastSeen(idle, 31);
    await setLastSeen(recent, 29);
    expect(await opens(idle)).toBe(false);
    expect(await opens(recent)).toBe(true);
    const [row] = await db.select({ age: sql<number>`extract(epoch from now() - ${adminSessions.lastSeenAt})::float` }).from(adminSessions).where(eq(adminSessions.idHash, sessionIdHash(recent)!));
    expect(row!.age).toBeLessThan(5);
  });

  it("signing out ends this browser's session only, and clears its cookie", async () => {
    const here = await signedIn();
    const elsewhere = await signedIn();
    const response = await fetch(`${server.url}/admin`, { method: "POST", redirect: "manual", headers: { cookie: `${ADMIN_COOKIE}=${here}`, origin: server.url, "content-type": "application/x-www-form-urlencoded" }, body: "" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin/login?signedOut=1");
    expect(response.headers.get("set-cookie")).toMatch(/^pr_admin=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/);
    expect(await opens(here)).toBe(false);
    expect(await opens(elsewhere)).toBe(true);
  });

  it("sign out everywhere ends every session of the account and writes it to the audit log", async () => {
    await db.update(adminSessions).set({ revokedAt: sql`now()` });
    const phone = await signedIn();
    const laptop = await signedIn();
    const response = await fetch(`${server.url}/admin/account`, { method: "POST", redirect: "manual", headers: { cookie: `${ADMIN_COOKIE}=${laptop}`, origin: server.url, "content-type": "application/x-www-form-urlencoded" }, body: "" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin/login?signedOut=1");
    expect(await opens(phone)).toBe(false);
    expect(await opens(laptop)).toBe(false);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "admin.sign_out_everywhere"));
    expect(entry).toMatchObject({ adminUserId: ownerId, subjectType: "admin_user", subjectId: String(ownerId), before: { openSessions: 2 }, after: { openSessions: 0 } });
  });

  it("a change posted from another site is refused, and the session stays", async () => {
    const token = await signedIn();
    const response = await fetch(`${server.url}/admin/account`, { method: "POST", redirect: "manual", headers: { cookie: `${ADMIN_COOKIE}=${token}`, origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "" });
    expect(response.status).toBe(403);
    expect(await opens(token)).toBe(true);
  });
});
