// The People pages and the CSV download through their loaders and actions, behind the real guard.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, contactMessages, subscribers } from "../../db/schema/index";
import { subscribe } from "../../server/newsletter/subscribe";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { adminRouteContexts, routeAnswer, type AdminRoute } from "../../test/admin-route-context";
import { formPost } from "../../test/route-context";
import { action as inboxAction, loader as inboxLoader } from "./admin.people.inbox";
import { action as subscribersAction, loader as subscribersLoader } from "./admin.people._index";
import { loader as csvLoader } from "./admin.people.subscribers[.]csv";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const origin = env.PUBLIC_URL;
const { admin, visitor: anonymous } = await adminRouteContexts(db, env, "owner@example.com");

const answer = routeAnswer;
const sameSite = (request: Request) => {
  request.headers.set("origin", origin);
  request.headers.set("host", new URL(origin).host);
  return request;
};

describe("the People pages", () => {
  it("send a visitor without a back-office session to the login page, and change nothing for them", async () => {
    await subscribe(db, "kept@example.com", "footer");
    const [kept] = await db.select().from(subscribers).where(eq(subscribers.email, "kept@example.com"));
    for (const [route, request] of [
      [subscribersLoader, new Request(`${origin}/admin/people`)],
      [csvLoader, new Request(`${origin}/admin/people/subscribers.csv`)],
      [inboxLoader, new Request(`${origin}/admin/people/inbox`)],
      [subscribersAction, formPost(`${origin}/admin/people`, { id: String(kept!.id) })],
      [inboxAction, formPost(`${origin}/admin/people/inbox`, { id: "1", handled: "true" })],
    ] as const) {
      const response = await answer(route as AdminRoute, request, anonymous);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toMatch(/^\/admin\/login/);
    }
    expect(await db.select().from(subscribers).where(eq(subscribers.id, kept!.id))).toHaveLength(1);
  });

  it("list and search subscribers, refuse a malformed page with a 400, and unsubscribe one by a form post", async () => {
    await subscribe(db, "reader@example.com", "popup");
    const page = await answer(subscribersLoader as AdminRoute, new Request(`${origin}/admin/people?q=reader%40`), admin);
    const data = (await page.json()) as { rows: { id: number; email: string; source: string }[]; matching: number };
    expect(data.rows.map((r) => [r.email, r.source])).toEqual([["reader@example.com", "popup"]]);
    expect(page.headers.get("cache-control")).toBe("private, no-store");

    const bad = await answer(subscribersLoader as AdminRoute, new Request(`${origin}/admin/people?after=abc`), admin);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problem: string }).problem).toBe("That page does not exist.");

    const crossSite = formPost(`${origin}/admin/people`, { id: String(data.rows[0]!.id) });
    crossSite.headers.set("origin", "https://elsewhere.example");
    expect((await answer(subscribersAction as AdminRoute, crossSite, admin)).status).toBe(403);

    const done = await answer(subscribersAction as AdminRoute, sameSite(formPost(`${origin}/admin/people`, { id: String(data.rows[0]!.id) })), admin);
    expect(await done.json()).toEqual({ ok: true, unsubscribed: "reader@example.com" });
    const again = await answer(subscribersAction as AdminRoute, sameSite(formPost(`${origin}/admin/people`, { id: String(data.rows[0]!.id) })), admin);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { formError: string }).formError).toBe("That subscriber is no longer on the list.");
    expect((await db.select().from(auditLog)).map((a) => a.action)).toEqual(["subscriber.unsubscribe"]);
  });

  it("download the CSV of what the search matches, as an attachment, formula cells escaped", async () => {
    await db.insert(subscribers).values({ email: "=cmd@example.com", source: "chat" });
    const response = await answer(csvLoader as AdminRoute, new Request(`${origin}/admin/people/subscribers.csv?q=cmd`), admin);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="subscribers-\d{4}-\d\d-\d\d\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toBe("email,source,confirmed,confirmed_at,subscribed_at");
    expect(lines[1]).toMatch(/^'=cmd@example\.com,chat,no,,\d{4}-/);
    expect(lines.slice(2)).toEqual([""]);
  });

  it("show the inbox's waiting messages, mark one handled by a form post, and refuse a bad value with a 400", async () => {
    const [message] = await db.insert(contactMessages).values({ name: "Ada", email: "ada@example.com", subject: "Frames", message: "Do you frame?" }).returning();
    const page = await answer(inboxLoader as AdminRoute, new Request(`${origin}/admin/people/inbox`), admin);
    const data = (await page.json()) as { rows: { id: number; replyHref: string }[]; waiting: number };
    expect(data.waiting).toBe(1);
    expect(data.rows[0]!.replyHref).toBe("mailto:ada@example.com?subject=Re%3A%20Frames");

    const marked = await answer(inboxAction as AdminRoute, sameSite(formPost(`${origin}/admin/people/inbox`, { id: String(message!.id), handled: "true" })), admin);
    expect(await marked.json()).toEqual({ ok: true, id: message!.id, handled: true });
    const refused = await answer(inboxAction as AdminRoute, sameSite(formPost(`${origin}/admin/people/inbox`, { id: String(message!.id), handled: "maybe" })), admin);
    expect(refused.status).toBe(400);
    const handled = await answer(inboxLoader as AdminRoute, new Request(`${origin}/admin/people/inbox?show=handled`), admin);
    expect(((await handled.json()) as { rows: { id: number }[] }).rows.map((r) => r.id)).toEqual([message!.id]);
    expect((await answer(inboxLoader as AdminRoute, new Request(`${origin}/admin/people/inbox?show=spam`), admin)).status).toBe(400);
  });
});
