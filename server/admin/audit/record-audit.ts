// Every change made in the back office leaves a row: who, what, to which thing, how it was before
// and after, and when. Written with the transaction of the change, so neither exists without the other.
import type { Tx } from "../../../db/client";
import { auditLog } from "../../../db/schema/index";

export type AuditEntry = {
  adminUserId: number;
  /** `domain.verb`: `photo.update`, `order.refund`, `admin.sign_out_everywhere` */
  action: string;
  subject: { type: string; id: string | number };
  /** the thing's state before the change (null when it was created) */
  before?: unknown;
  /** its state after (null when it was removed) */
  after?: unknown;
};

/** Takes a transaction, not the pool: an audit row must commit or roll back with its change. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    adminUserId: entry.adminUserId,
    action: entry.action,
    subjectType: entry.subject.type,
    subjectId: String(entry.subject.id),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
