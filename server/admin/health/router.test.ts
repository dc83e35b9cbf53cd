// admin.people, admin.health and admin.today through the real router and guard.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, contactMessages } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { routeContext } from "../../../test/route-context";
import { subscribe } from "../../newsletter/subscribe";
import { createCaller } from "../../trpc/root";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const owner = await createAdminUser(db, { email: "owner@example.com", password: "a long enough owner password" });
const admin = createCaller(routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id) }));
const anonymous = createCaller(routeContext(db, env, { adminSessionToken: undefined }));

describe("admin.people, admin.health and admin.today", () => {
  it("answer a caller without a back-office session 401, whatever it asks", async () => {
    const calls = [
      anonymous.admin.people.subscribers({}),
      anonymous.admin.people.unsubscribe({ id: 1 }),
      anonymous.admin.people.inbox({}),
      anonymous.admin.people.markHandled({ id: 1, handled: true }),
      anonymous.admin.health.jobs(),
      anonymous.admin.health.retryJob({ id: "1" }),
      anonymous.admin.health.anomalies({}),
      anonymous.admin.today(),
    ];
    for (const call of calls) await expect(call).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("serve the owner the same services as the pages, changes audited", async () => {
    await subscribe(db, "reader@example.com", "footer");
    const { rows } = await admin.admin.people.subscribers({ q: "reader@" });
    expect(rows.map((r) => [r.email, r.source, r.confirmedAt])).toEqual([["reader@example.com", "footer", null]]);
    expect(await admin.admin.people.unsubscribe({ id: rows[0]!.id })).toEqual({ id: rows[0]!.id, email: "reader@example.com" });
    await expect(admin.admin.people.unsubscribe({ id: rows[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const [message] = await db.insert(contactMessages).values({ name: "Ada", email: "ada@example.com", message: "Do you frame?" }).returning();
    expect((await admin.admin.people.inbox({})).waiting).toBe(1);
    expect((await admin.admin.people.markHandled({ id: message!.id, handled: true })).after.handledAt).not.toBeNull();

    const [job] = await db.execute<{ id: string }>(sql`
      select id::text as id from graphile_worker.permanently_fail_jobs(array[(select id from graphile_worker.add_job('send_mail', '{}'::json))], 'gave up')`);
    expect((await admin.admin.health.jobs()).counts).toEqual({ failed: 1, stuck: 0, retrying: 0 });
    expect((await admin.admin.today()).failedJobs).toBe(1);
    expect((await admin.admin.health.retryJob({ id: job!.id })).after.attempts).toBe(0);
    await expect(admin.admin.health.retryJob({ id: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await admin.admin.health.anomalies({})).rows).toEqual([]);

    expect((await db.select().from(auditLog).orderBy(auditLog.id)).map((a) => a.action)).toEqual(["subscriber.unsubscribe", "contact_message.mark_handled", "job.retry"]);
  });
});
