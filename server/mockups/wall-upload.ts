// An uploaded wall photo: counted against the limits, re-encoded, stored under keys we make, then
// recorded with its analysis job in one transaction. Nothing is stored for a refused upload.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { wallPhotos } from "../../db/schema/mockups";
import { enqueueJob } from "../jobs/enqueue";
import { contentAddressedKey, type Storage } from "../integrations/storage/index";
import type { Logger } from "../log";
import type { RateLimits } from "../rate-limits/rate-limits";
import { prepareWallPhoto } from "./wall-image";

export type WallUploadDeps = { db: Db; storage: Storage; rateLimits: RateLimits; log: Logger };

const limitMessage = "That is 20 wall photo uploads in the last hour; please try again later, or use one you uploaded already.";
const perHour = { points: 20, durationSeconds: 60 * 60, message: limitMessage };

/** Counted before the image is decoded, so a flood of uploads costs no decoding; every attempt counts. */
export async function countWallUpload(deps: Pick<WallUploadDeps, "rateLimits">, who: { sessionId: string; clientIp: string }): Promise<void> {
  await deps.rateLimits.limiter({ keyPrefix: "wall-upload-session", ...perHour }).consume(who.sessionId);
  await deps.rateLimits.limiter({ keyPrefix: "wall-upload-ip", ...perHour }).consume(who.clientIp);
}

export type UploadedWallPhoto = { id: string; status: "uploaded"; width: number; height: number };

export async function storeWallPhoto(deps: WallUploadDeps, input: { sessionId: string; bytes: Buffer }): Promise<UploadedWallPhoto> {
  const prepared = await prepareWallPhoto(input.bytes);
  const id = randomUUID();
  const folder = `walls/${id}`;
  const imageKey = contentAddressedKey(folder, "wall", prepared.image.bytes, prepared.image.extension);
  const analysisKey = contentAddressedKey(folder, "analysis", prepared.analysis.bytes, prepared.analysis.extension);
  const stored: string[] = [];
  try {
    for (const [key, file] of [[imageKey, prepared.image], [analysisKey, prepared.analysis]] as const) {
      await deps.storage.put(key, file.bytes, file.contentType);
      stored.push(key);
    }
    await deps.db.transaction(async (tx) => {
      await tx.insert(wallPhotos).values({
        id,
        sessionId: input.sessionId,
        imageKey,
        analysisKey,
        width: prepared.image.width,
        height: prepared.image.height,
        contentType: prepared.image.contentType,
      });
      await enqueueJob(tx, "analyse_wall_photo", { wallPhotoId: id }, { jobKey: `analyse_wall_photo:${id}` });
    });
  } catch (error) {
    // No row points at these files, so nothing else would ever delete them.
    await Promise.all(stored.map((key) => deps.storage.delete(key).catch((err: unknown) => deps.log.warn({ err, key }, "could not delete the files of a failed wall upload"))));
    throw error;
  }
  return { id, status: "uploaded", width: prepared.image.width, height: prepared.image.height };
}
