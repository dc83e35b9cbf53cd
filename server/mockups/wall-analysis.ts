// The analyse_wall_photo job's work: uploaded → analysing → ready, or failed with a message for the
// shopper. Safe to run twice: a photo already ready or failed (or deleted) is left as it is.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { photos } from "../../db/schema/catalog";
import { wallPhotos } from "../../db/schema/mockups";
import type { Storage } from "../integrations/storage/index";
import type { Logger } from "../log";
import { proposeWall, type WallProposal } from "./wall-proposal";

export type WallAnalysisDeps = { db: Db; storage: Storage; log: Logger };

const SUGGESTIONS = 6;

/**
 * Photos carry no colour data (db/schema/catalog.ts has no palette), so nothing can be matched to
 * the wall's colour yet: the suggestions are the featured photos, then the rest, in the shop's order.
 */
async function suggestedPhotoIds(db: Db): Promise<number[]> {
  const rows = await db
    .select({ id: photos.id })
    .from(photos)
    .where(eq(photos.isActive, true))
    .orderBy(desc(photos.isFeatured), asc(photos.sortOrder), asc(photos.id))
    .limit(SUGGESTIONS);
  return rows.map((row) => row.id);
}

export async function analyseWallPhoto(deps: WallAnalysisDeps, wallPhotoId: string): Promise<void> {
  const [row] = await deps.db
    .update(wallPhotos)
    .set({ status: "analysing" })
    .where(and(eq(wallPhotos.id, wallPhotoId), inArray(wallPhotos.status, ["uploaded", "analysing"])))
    .returning();
  if (!row) return;
  // A storage failure throws from here, and the job is retried with the photo still "analysing".
  const copy = await deps.storage.get(row.analysisKey);
  let proposal: WallProposal | null = null;
  try {
    if (!copy) throw new Error(`the analysis copy ${row.analysisKey} is missing`);
    proposal = await proposeWall(copy, { width: row.width, height: row.height });
  } catch (error) {
    deps.log.warn({ err: error, wallPhotoId }, "wall photo analysis failed");
  }
  const outcome: Partial<typeof wallPhotos.$inferInsert> = proposal
    ? { status: "ready", analysis: { ...proposal, suggestedPhotoIds: await suggestedPhotoIds(deps.db) }, error: null }
    : { status: "failed", error: "We could not find the wall in this photo; please place the four corners yourself." };
  await deps.db
    .update(wallPhotos)
    .set(outcome)
    .where(and(eq(wallPhotos.id, wallPhotoId), eq(wallPhotos.status, "analysing")));
}
