// A wall photo outlives the daily cleanup exactly while a saved mockup hangs prints on it.
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { mockups, wallPhotos } from "../../db/schema/mockups";
import type { MockupScene } from "../../app/shared/wall";

/** Sets the photo's `saved` flag from the mockups themselves, so calling it twice, or for a sample room, changes nothing. */
export async function recomputeWallPhotoSaved(db: DbOrTx, scene: MockupScene): Promise<void> {
  if (scene.wall.kind !== "photo") return;
  const photoId = scene.wall.wallPhotoId;
  const keptBy = db
    .select({ one: sql`1` })
    .from(mockups)
    .where(and(eq(mockups.status, "saved"), sql`${mockups.scene} -> 'wall' ->> 'wallPhotoId' = ${photoId}`));
  await db
    .update(wallPhotos)
    .set({ saved: sql`exists (${keptBy})` })
    .where(eq(wallPhotos.id, photoId));
}
