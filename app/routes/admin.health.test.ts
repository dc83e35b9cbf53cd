// The Health page through its loader and action, behind the real guard, against graphile-worker's own schema.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, paymentAnomalies } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { adminRouteContexts, routeAnswer, type AdminRoute } from "../../test/admin-route-context";
import { formPost } from "../../test/route-context";
import { action, loader } from "./admin.health";
import { loader as frontPageLoader } from "./admin._index";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const origin = env.PUBLIC_URL;
const { admin, visitor: anonymous } = await adminRouteContexts(db, env, "owner@example.com");

const answer = routeAnswer;
const retryPost = (id: string) => {
  const request = formPost(`${origin}/admin/health`, { id });
  request.headers.set("origin", origin);
  request.headers.set("host", new URL(origin).host);
  return request;
};

describe("the Health page", () => {
  it("sends a visitor without a back-office session to the login page, and retries nothing for them", async () => {
    for (const [route, request] of [
      [loader, new Request(`${origin}/admin/health`)],
      [action, retryPost("1")],
    ] as const) {
      const response = await answer(route as AdminRoute, request, anonymous);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toMatch(/^\/admin\/login/);
    }
  });

  it("shows a failed job with its error and the anomalies; retrying it by a form post runs it again, once audited", async () => {
    const [job] = await db.execute<{ id: string }>(sql`
      select id::text as id from graphile_worker.permanently_fail_jobs(
        array[(select id from graphile_worker.add_job('send_mail', '{}'::json, job_key => 'mail-1'))], 'Error: 451 mail server busy')`);
    await db.insert(paymentAnomalies).values({ kind: "unknown_checkout", eventId: "evt_1", eventType: "checkout.session.completed", details: { sessionId: "cs_1" } });

    const page = await answer(loader as AdminRoute, new Request(`${origin}/admin/health`), admin);
    const data = (await page.json()) as { jobs: { id: string; state: string; lastError: string }[]; counts: object; anomalies: { rows: { eventId: string; label: string }[] } };
    expect(data.jobs).toMatchObject([{ id: job!.id, state: "failed", lastError: "Error: 451 mail server busy" }]);
    expect(data.counts).toEqual({ failed: 1, stuck: 0, retrying: 0 });
    expect(data.anomalies.rows.map((r) => r.eventId)).toEqual(["evt_1"]);
    expect(page.headers.get("cache-control")).toBe("private, no-store");

    expect(await (await answer(action as AdminRoute, retryPost(job!.id), admin)).json()).toEqual({ ok: true, retried: "send_mail" });
    const again = await answer(action as AdminRoute, retryPost(job!.id), admin);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { formError: string }).formError).toMatch(/not waiting for a retry/);
    expect((await answer(action as AdminRoute, retryPost("abc"), admin)).status).toBe(400);
    expect((await db.select().from(auditLog)).map((a) => [a.action, a.subjectId])).toEqual([["job.retry", job!.id]]);
  });

  it("refuses a malformed page of anomalies with a 400 and still shows the jobs", async () => {
    const response = await answer(loader as AdminRoute, new Request(`${origin}/admin/health?before=x`), admin);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ problem: "That page does not exist.", counts: { failed: 0 } });
  });

  it("the front page's Today panel counts the failed job and the anomaly waiting, for the owner only", async () => {
    expect((await answer(frontPageLoader as AdminRoute, new Request(`${origin}/admin`), anonymous)).status).toBe(303);
    const page = await answer(frontPageLoader as AdminRoute, new Request(`${origin}/admin`), admin);
    const { today } = (await page.json()) as { today: { failedJobs: number; recentAnomalies: number; sales: unknown[]; todayCents: number } };
    expect(today).toMatchObject({ failedJobs: 0, recentAnomalies: 1, todayCents: 0 });
    expect(today.sales).toHaveLength(30);
  });
});
