// Saving a mockup: its owner's draft is checked again as the server sees it now, its composite
// rendered and stored, then the mockup and the wall photo it stands on are marked saved together.
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { mockups, wallPhotos } from "../../db/schema/mockups";
import { gone, notFound } from "../errors";
import type { Storage } from "../integrations/storage/index";
import { renderCompositeJpeg, storeComposite } from "./composite-image";
import { compositeSourceOf } from "./composite-sources";
import { validateScene } from "./validate-scene";

export type SaveMockupDeps = { db: Db; storage: Storage };
export type SavedMockup = { id: string; compositeKey: string };

const missing = () => notFound("No mockup with this id");

export async function saveMockup(deps: SaveMockupDeps, input: { id: string; sessionId: string; title?: string }): Promise<SavedMockup> {
  const [row] = await deps.db
    .select({ scene: mockups.scene, status: mockups.status })
    .from(mockups)
    .where(and(eq(mockups.id, input.id), eq(mockups.sessionId, input.sessionId)));
  if (!row) throw missing();
  if (row.status === "deleted") throw gone("This mockup was deleted");
  // The draft was checked when it was written, but a variant may have been retired since.
  const { scene, wallImage } = await validateScene(deps.db, row.scene, input.sessionId);
  // Rendered before the transaction so no row stays locked for the second this takes. The file is
  // not deleted if the transaction fails: its key is its content's hash, which a copy saved with
  // the same scene shares.
  const jpeg = await renderCompositeJpeg(await compositeSourceOf(deps, scene, wallImage.imageKey));
  const compositeKey = await storeComposite(deps.storage, jpeg);
  await deps.db.transaction(async (tx) => {
    const updated = await tx
      .update(mockups)
      .set({ status: "saved", scene, compositeKey, updatedAt: new Date(), ...(input.title ? { title: input.title } : {}) })
      .where(and(eq(mockups.id, input.id), eq(mockups.sessionId, input.sessionId), ne(mockups.status, "deleted")))
      .returning({ id: mockups.id });
    if (updated.length === 0) throw gone("This mockup was deleted");
    if (scene.wall.kind === "photo") {
      await tx.update(wallPhotos).set({ saved: true }).where(and(eq(wallPhotos.id, scene.wall.wallPhotoId), eq(wallPhotos.sessionId, input.sessionId)));
    }
  });
  return { id: input.id, compositeKey };
}
