// What the owner of a wall photo reads while the editor waits for the analysis.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { wallPhotos, type WallAnalysis } from "../../db/schema/mockups";
import { notFound } from "../errors";

export type WallPhotoView = {
  id: string;
  status: "uploaded" | "analysing" | "ready" | "failed";
  /** `/media/<key>`: the re-encoded image (long edge ≤ 2560 px) and the analysis copy (≤ 1568 px) */
  imageUrl: string;
  analysisImageUrl: string;
  width: number;
  height: number;
  /** once `status` is `ready`: proposed corners in `imageUrl`'s pixels, wall colour, photos that suit it */
  analysis: WallAnalysis | null;
  /** once `status` is `failed`: why, for the shopper */
  error: string | null;
};

const mediaUrl = (key: string) => `/media/${key}`;

/** Another session's photo answers exactly as a missing one does. */
export async function wallPhotoForSession(db: DbOrTx, input: { id: string; sessionId: string | null }): Promise<WallPhotoView> {
  if (!input.sessionId) throw notFound("No such wall photo.");
  const [row] = await db
    .select()
    .from(wallPhotos)
    .where(and(eq(wallPhotos.id, input.id), eq(wallPhotos.sessionId, input.sessionId)));
  if (!row) throw notFound("No such wall photo.");
  return {
    id: row.id,
    status: row.status,
    imageUrl: mediaUrl(row.imageKey),
    analysisImageUrl: mediaUrl(row.analysisKey),
    width: row.width,
    height: row.height,
    analysis: row.analysis ?? null,
    error: row.error,
  };
}
