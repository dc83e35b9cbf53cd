// The audit log as the back office shows it: newest first, a page at a time by keyset (the id).
import { desc, eq, lt } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../../db/client";
import { adminUsers, auditLog } from "../../../db/schema/index";
import { badInput } from "../../errors";

export const AUDIT_PAGE_SIZE = 50;

export const auditPageInput = z.object({
  /** the id of the last row of the page before; omitted for the newest page */
  before: z.coerce.number().int().positive().optional(),
});

export type AuditRow = {
  id: number;
  at: string;
  adminEmail: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
};

export type AuditPage = { rows: AuditRow[]; nextBefore: number | null };

export async function listAuditLog(db: DbOrTx, input: z.input<typeof auditPageInput> = {}): Promise<AuditPage> {
  const parsed = auditPageInput.safeParse(input);
  if (!parsed.success) throw badInput("That page of the audit log does not exist; start from the newest entries.");
  const { before } = parsed.data;
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      adminEmail: adminUsers.email,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .innerJoin(adminUsers, eq(adminUsers.id, auditLog.adminUserId))
    .where(before === undefined ? undefined : lt(auditLog.id, before))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, at: row.at.toISOString() }));
  return { rows: page, nextBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null };
}
