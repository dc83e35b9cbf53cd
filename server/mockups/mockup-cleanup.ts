// The mockups' part of the hourly cleanup (findings 26 and 37): drafts nobody touched for a day go,
// and a deleted mockup's composite image goes a week after its owner deleted it.
import { and, eq, gte, inArray, isNotNull, lt, ne, notInArray, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { mockups } from "../../db/schema/mockups";
import type { Storage } from "../integrations/storage/index";

const BATCH = 200;
export const DRAFT_LIFETIME_HOURS = 24;
export const DELETED_COMPOSITE_DAYS = 7;

const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 60 * 60 * 1000);

/** Drafts carry no files (only saving renders one), so their rows are all there is. */
export async function deleteStaleDrafts(db: Db, input: { now?: Date } = {}): Promise<number> {
  const cutoff = hoursBefore(input.now ?? new Date(), DRAFT_LIFETIME_HOURS);
  const deleted = await db.delete(mockups).where(and(eq(mockups.status, "draft"), lt(mockups.updatedAt, cutoff))).returning({ id: mockups.id });
  return deleted.length;
}

/**
 * The row stays (its link keeps answering "deleted by its owner"); only its composite goes. A copy
 * saved with the same scene shares the content-addressed file, so the file is removed only when no
 * other mockup still holds that key; the row lets go of it either way, so a second run finds nothing.
 */
export async function removeDeletedComposites(deps: { db: Db; storage: Storage }, input: { now?: Date } = {}): Promise<number> {
  const cutoff = hoursBefore(input.now ?? new Date(), DELETED_COMPOSITE_DAYS * 24);
  let removed = 0;
  for (;;) {
    const count = await deps.db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: mockups.id, compositeKey: mockups.compositeKey })
        .from(mockups)
        .where(and(eq(mockups.status, "deleted"), lt(mockups.deletedAt, cutoff), isNotNull(mockups.compositeKey)))
        .limit(BATCH)
        .for("update", { skipLocked: true });
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      const keys = [...new Set(rows.map((r) => r.compositeKey!))];
      const stillHeld = await tx
        .select({ key: mockups.compositeKey })
        .from(mockups)
        .where(and(inArray(mockups.compositeKey, keys), notInArray(mockups.id, ids), or(ne(mockups.status, "deleted"), gte(mockups.deletedAt, cutoff))));
      const held = new Set(stillHeld.map((r) => r.key));
      await Promise.all(keys.filter((key) => !held.has(key)).map((key) => deps.storage.delete(key)));
      await tx.update(mockups).set({ compositeKey: null }).where(inArray(mockups.id, ids));
      return rows.length;
    });
    removed += count;
    if (count < BATCH) return removed;
  }
}
