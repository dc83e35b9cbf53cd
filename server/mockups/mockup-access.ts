// Who may read a mockup: its owner sees drafts and saved ones, anyone holding the link a saved one.
// Anything else answers as a missing id does, so another session learns nothing about a draft.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { mockups } from "../../db/schema/mockups";
import { gone, notFound } from "../errors";

export type MockupRow = typeof mockups.$inferSelect;

export const noSuchMockup = () => notFound("No such mockup.");
/** Only saved mockups are ever marked deleted (a deleted draft's row goes at once), so this reveals nothing private. */
export const deletedMockup = () => gone("This mockup was deleted by its owner");

async function mockupRow(db: DbOrTx, id: string, lock: boolean): Promise<MockupRow | undefined> {
  const query = db.select().from(mockups).where(eq(mockups.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

/** A mockup the caller may look at (and copy, and put in their cart). */
export async function visibleMockup(db: DbOrTx, id: string, sessionId: string | null): Promise<MockupRow & { isOwner: boolean }> {
  const row = await mockupRow(db, id, false);
  if (!row) throw noSuchMockup();
  const isOwner = sessionId !== null && row.sessionId === sessionId;
  if (row.status === "deleted") throw deletedMockup();
  if (row.status === "draft" && !isOwner) throw noSuchMockup();
  return { ...row, isOwner };
}

/** The caller's own mockup, locked for a change; another session's is a missing one. */
export async function ownMockupForUpdate(db: DbOrTx, id: string, sessionId: string | null): Promise<MockupRow> {
  const row = await mockupRow(db, id, true);
  if (!row || sessionId === null || row.sessionId !== sessionId) throw noSuchMockup();
  if (row.status === "deleted") throw deletedMockup();
  return row;
}
