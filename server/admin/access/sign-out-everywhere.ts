// "Sign out everywhere": every session of the account ends at once (a lost phone, a shared
// computer), and the audit log says so.
import type { DbOrTx } from "../../../db/client";
import { recordAudit } from "../audit/record-audit";
import { endEveryAdminSession } from "./sessions";

export async function signOutEverywhere(db: DbOrTx, adminUserId: number): Promise<{ ended: number }> {
  return db.transaction(async (tx) => {
    const ended = await endEveryAdminSession(tx, adminUserId);
    await recordAudit(tx, { adminUserId, action: "admin.sign_out_everywhere", subject: { type: "admin_user", id: adminUserId }, before: { openSessions: ended }, after: { openSessions: 0 } });
    return { ended };
  });
}
