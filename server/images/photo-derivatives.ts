// Makes the AVIF/WebP/JPEG copies of a photo's original, stores them and records them; safe to
// run any number of times. Run by the generate_image_derivatives job.
import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { photoImages, photos } from "../../db/schema/index";
import { contentAddressedKey, type Storage } from "../integrations/storage/index";
import { enqueueJob } from "../jobs/enqueue";
import type { Logger } from "../log";
import { derivativeFormats, makeDerivatives } from "./derivatives";

/** One job per photo at a time: a second request while one waits is folded into it by the job key. */
export async function enqueueImageDerivatives(db: DbOrTx, photoId: number): Promise<void> {
  await enqueueJob(db, "generate_image_derivatives", { photoId }, { jobKey: `generate_image_derivatives:${photoId}` });
}

export type DerivativeDeps = { db: Db; storage: Storage; log: Logger };

export async function generateDerivativesForPhoto(deps: DerivativeDeps, photoId: number): Promise<{ stored: number }> {
  const startedAt = Date.now();
  const [original] = await deps.db
    .select({ slug: photos.slug, storageKey: photoImages.storageKey })
    .from(photoImages)
    .innerJoin(photos, eq(photos.id, photoImages.photoId))
    .where(and(eq(photoImages.photoId, photoId), eq(photoImages.kind, "original")))
    .limit(1);
  if (!original) {
    // The photo was deleted, or never got an original: nothing to do, and retrying will not help.
    deps.log.warn({ photoId }, "no original image for photo; skipping derivatives");
    return { stored: 0 };
  }
  const bytes = await deps.storage.get(original.storageKey);
  if (!bytes) throw new Error(`original image ${original.storageKey} of photo ${photoId} is missing from storage`);

  const derivatives = await makeDerivatives(bytes);
  const rows = await Promise.all(
    derivatives.map(async (d) => {
      const { extension, contentType } = derivativeFormats[d.format];
      const storageKey = contentAddressedKey(`photos/${original.slug}`, `${d.width}w`, d.bytes, extension);
      await deps.storage.put(storageKey, d.bytes, contentType);
      return { photoId, kind: "derivative" as const, format: d.format, width: d.width, height: d.height, storageKey, bytes: d.bytes.length };
    }),
  );

  const replacedKeys = await deps.db.transaction(async (tx) => {
    const before = await tx
      .select({ storageKey: photoImages.storageKey })
      .from(photoImages)
      .where(and(eq(photoImages.photoId, photoId), eq(photoImages.kind, "derivative")))
      .for("update");
    await tx
      .insert(photoImages)
      .values(rows)
      .onConflictDoUpdate({
        target: [photoImages.photoId, photoImages.kind, photoImages.format, photoImages.width],
        set: { height: sql`excluded.height`, storageKey: sql`excluded.storage_key`, bytes: sql`excluded.bytes` },
        // Identical bytes give an identical key: then the row is left alone rather than rewritten.
        setWhere: sql`${photoImages.storageKey} <> excluded.storage_key`,
      });
    const keep = new Set(rows.map((r) => r.storageKey));
    const stale = before.map((r) => r.storageKey).filter((key) => !keep.has(key));
    // Widths that no longer apply (a smaller original replaced a larger one) are dropped too.
    for (const storageKey of stale) await tx.delete(photoImages).where(eq(photoImages.storageKey, storageKey));
    return stale;
  });
  // Files go only after the rows that point at them are gone, so no page ever links a missing file.
  await Promise.all(replacedKeys.map((key) => deps.storage.delete(key)));

  deps.log.info({ photoId, stored: rows.length, replaced: replacedKeys.length, ms: Date.now() - startedAt }, "image derivatives ready");
  return { stored: rows.length };
}
