// Stores an uploaded image as a photo's original: the file under a content-addressed key first, then
// in one transaction the row, the photo's new shape, the derivatives job, the audit row and the
// page caches' notice. A refused image stores nothing; a failed transaction deletes the new file.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { photoImages, photos } from "../../../db/schema/index";
import { enqueueImageDerivatives } from "../../images/photo-derivatives";
import { contentAddressedKey, type Storage } from "../../integrations/storage/index";
import type { Logger } from "../../log";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { notifyCatalogueChanged } from "./catalogue-changed";
import { loadAdminPhoto } from "./photo-admin";
import { prepareOriginal } from "./photo-original";

export type PhotoUploadDeps = { db: Db; storage: Storage; log: Logger };

export async function uploadPhotoOriginal(deps: PhotoUploadDeps, admin: Admin, rawId: string | number | undefined, bytes: Buffer) {
  const photo = await loadAdminPhoto(deps.db, rawId);
  const prepared = await prepareOriginal(bytes);
  const storageKey = contentAddressedKey(`photos/${photo.slug}`, "original", prepared.bytes, "jpg");
  await deps.storage.put(storageKey, prepared.bytes, "image/jpeg");
  let replaced: string[];
  try {
    replaced = await deps.db.transaction(async (tx) => {
      const before = await loadAdminPhoto(tx, photo.id, true);
      const old = await tx
        .delete(photoImages)
        .where(and(eq(photoImages.photoId, photo.id), eq(photoImages.kind, "original")))
        .returning({ storageKey: photoImages.storageKey, width: photoImages.width, height: photoImages.height });
      await tx.insert(photoImages).values({ photoId: photo.id, kind: "original", format: "jpeg", width: prepared.width, height: prepared.height, storageKey, bytes: prepared.bytes.length });
      await tx.update(photos).set({ aspectRatio: prepared.aspectRatio, orientation: prepared.orientation }).where(eq(photos.id, photo.id));
      await enqueueImageDerivatives(tx, photo.id);
      await recordAudit(tx, {
        adminUserId: admin.id,
        action: "photo.upload_image",
        subject: { type: "photo", id: photo.id },
        before: { original: old[0] ?? null, aspectRatio: before.aspectRatio, orientation: before.orientation },
        after: { original: { storageKey, width: prepared.width, height: prepared.height }, aspectRatio: prepared.aspectRatio, orientation: prepared.orientation },
      });
      await notifyCatalogueChanged(tx);
      return old.map((row) => row.storageKey).filter((key) => key !== storageKey);
    });
  } catch (error) {
    // Unless the same bytes were the original already, no row points at the file: nothing else would delete it.
    const [kept] = await deps.db.select({ id: photoImages.id }).from(photoImages).where(eq(photoImages.storageKey, storageKey));
    if (!kept) await deps.storage.delete(storageKey).catch((err: unknown) => deps.log.warn({ err, storageKey }, "could not delete the file of a failed photo upload"));
    throw error;
  }
  // The old file goes only once no row names it; the page caches were emptied with the commit.
  await Promise.all(replaced.map((key) => deps.storage.delete(key).catch((err: unknown) => deps.log.warn({ err, key }, "could not delete a replaced original"))));
  return { id: photo.id, width: prepared.width, height: prepared.height, orientation: prepared.orientation };
}
