// The audit log: a row commits or rolls back with the change it records; the log reads newest
// first, fifty a page, by keyset, the same in the back office and through `admin.auditLog`.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { routeContext } from "../../../test/route-context";
import { auditLog } from "../../../db/schema/index";
import { DomainError } from "../../errors";
import { createCaller } from "../../trpc/root";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";
import { AUDIT_PAGE_SIZE, listAuditLog } from "./audit-log";
import { recordAudit } from "./record-audit";

const database = await testDatabase();
const db = database.db;
const owner = await createAdminUser(db, { email: "owner@example.com", password: "correct horse battery" });

describe("recordAudit", () => {
  it("writes who, what, the subject, before and after with the change's transaction, and nothing when it rolls back", async () => {
    await db.transaction((tx) => recordAudit(tx, { adminUserId: owner.id, action: "photo.update", subject: { type: "photo", id: 7 }, before: { priceCents: 4500 }, after: { priceCents: 5000 } }));
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, { adminUserId: owner.id, action: "photo.delete", subject: { type: "photo", id: 8 }, before: { title: "Dunes" } });
        throw new Error("the change itself failed");
      }),
    ).rejects.toThrow("the change itself failed");
    const rows = await db.select().from(auditLog);
    expect(rows).toEqual([expect.objectContaining({ adminUserId: owner.id, action: "photo.update", subjectType: "photo", subjectId: "7", before: { priceCents: 4500 }, after: { priceCents: 5000 } })]);
    expect(rows[0]!.at).toBeInstanceOf(Date);
  });
});

describe("the audit log", () => {
  it("pages newest first by keyset until the oldest, and refuses a cursor that is no number", async () => {
    await db.execute(sql`delete from audit_log`);
    await db.execute(sql`insert into audit_log (admin_user_id, action, subject_type, subject_id) select ${owner.id}, 'order.ship', 'order', n::text from generate_series(1, 120) n`);
    const first = await listAuditLog(db);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ subjectId: "120", adminEmail: "owner@example.com", action: "order.ship" });
    const second = await listAuditLog(db, { before: first.nextBefore! });
    const third = await listAuditLog(db, { before: second.nextBefore! });
    expect(second.rows[0]!.subjectId).toBe("70");
    expect(third.rows.map((row) => row.subjectId)).toEqual(Array.from({ length: 20 }, (_, i) => String(20 - i)));
    expect(third.nextBefore).toBeNull();
    await expect(listAuditLog(db, { before: "abc" as unknown as number })).rejects.toBeInstanceOf(DomainError);
  });

  it("admin.auditLog answers the same page to the signed-in owner, and UNAUTHORIZED without a session", async () => {
    const env = testEnv();
    const signedIn = createCaller(routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id) }));
    expect(await signedIn.admin.auditLog({})).toEqual(await listAuditLog(db));
    await expect(createCaller(routeContext(db, env)).admin.auditLog({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
