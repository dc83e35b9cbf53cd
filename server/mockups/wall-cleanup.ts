// Unsaved wall photos last a day (findings 26 and 37): their files, then their rows, are deleted. A
// photo a draft still stands on waits for the draft, which itself goes a day after its last change.
import { and, eq, inArray, lt, notExists, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { mockups, wallPhotos } from "../../db/schema/mockups";
import type { Storage } from "../integrations/storage/index";

const BATCH = 200;

const inADraft = sql`(select 1 from ${mockups} where ${mockups.status} = 'draft' and ${mockups.scene} -> 'wall' ->> 'wallPhotoId' = ${wallPhotos.id}::text)`;

/**
 * Each batch holds its rows locked while their files go, so a mockup being saved that moment waits
 * and then finds the photo gone rather than keeping a row without files. Files go first: a crash
 * between leaves the row, and the next run deletes its (already missing) files again, which
 * `Storage.delete` allows, and then the row. Returns how many photos were deleted.
 */
export async function deleteUnsavedWallPhotos(deps: { db: Db; storage: Storage }, input: { olderThanHours: number; now?: Date }): Promise<number> {
  const cutoff = new Date((input.now ?? new Date()).getTime() - input.olderThanHours * 60 * 60 * 1000);
  let deleted = 0;
  for (;;) {
    const count = await deps.db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: wallPhotos.id, imageKey: wallPhotos.imageKey, analysisKey: wallPhotos.analysisKey })
        .from(wallPhotos)
        .where(and(eq(wallPhotos.saved, false), lt(wallPhotos.createdAt, cutoff), notExists(inADraft)))
        .limit(BATCH)
        .for("update", { skipLocked: true });
      if (rows.length === 0) return 0;
      await Promise.all(rows.flatMap((row) => [deps.storage.delete(row.imageKey), deps.storage.delete(row.analysisKey)]));
      await tx.delete(wallPhotos).where(inArray(wallPhotos.id, rows.map((row) => row.id)));
      return rows.length;
    });
    deleted += count;
    if (count < BATCH) return deleted;
  }
}
