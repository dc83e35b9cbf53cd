// Creating and editing a photo from the back office: each change in one transaction with its audit
// row and the notice that empties every process's page cache.
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "../../../db/client";
import { collections, photoImages, photos } from "../../../db/schema/index";
import { badInput, notFound } from "../../errors";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { notifyCatalogueChanged } from "./catalogue-changed";
import { clearCoversOutside } from "./collection-admin";
import type { PhotoForm } from "./photo-form";
import { retryingSlugClash, uniqueSlug } from "./slug";

export type AdminPhoto = PhotoForm & { id: number; slug: string; orientation: "landscape" | "portrait" | "square"; aspectRatio: number; hasOriginal: boolean };

const editable = {
  id: photos.id,
  slug: photos.slug,
  title: photos.title,
  story: photos.story,
  location: photos.location,
  takenOn: photos.takenOn,
  tags: photos.tags,
  collectionId: photos.collectionId,
  isFeatured: photos.isFeatured,
  isActive: photos.isActive,
  sortOrder: photos.sortOrder,
  editionSize: photos.editionSize,
  isSigned: photos.isSigned,
  orientation: photos.orientation,
  aspectRatio: photos.aspectRatio,
};

export function parsePhotoId(raw: string | number | undefined): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound("There is no such photo.");
  return id;
}

export async function loadAdminPhoto(db: DbOrTx, rawId: string | number | undefined, lock = false): Promise<AdminPhoto> {
  const id = parsePhotoId(rawId);
  const query = db.select(editable).from(photos).where(eq(photos.id, id));
  const [photo] = lock ? await query.for("update") : await query;
  if (!photo) throw notFound("There is no such photo.");
  const [original] = await db.select({ id: photoImages.id }).from(photoImages).where(and(eq(photoImages.photoId, id), eq(photoImages.kind, "original"))).limit(1);
  return { ...photo, hasOriginal: original !== undefined };
}

async function checkCollection(tx: Tx, collectionId: number | null): Promise<void> {
  if (collectionId === null) return;
  const [found] = await tx.select({ id: collections.id }).from(collections).where(eq(collections.id, collectionId));
  if (!found) throw badInput("That collection does not exist any more; choose another.", "collectionId");
}

/**
 * A new photo waits, not on sale, for its image; until one is uploaded it is shaped as a 3:2 landscape.
 * Two photos of the same title made at once both pass `uniqueSlug`; the second's insert breaks the
 * unique slug and is made again with the next free one.
 */
export async function createPhotoAsAdmin(db: Db, admin: Admin, form: PhotoForm): Promise<AdminPhoto> {
  return retryingSlugClash("photos_slug_unique", "Another photo was given this address at the same moment; please try again.", () =>
    db.transaction(async (tx) => {
      await checkCollection(tx, form.collectionId);
      const slug = await uniqueSlug(tx, photos, form.title);
      const [row] = await tx
        .insert(photos)
        .values({ ...form, isActive: false, slug, orientation: "landscape", aspectRatio: 1.5 })
        .returning({ id: photos.id });
      const created = await loadAdminPhoto(tx, row!.id);
      await recordAudit(tx, { adminUserId: admin.id, action: "photo.create", subject: { type: "photo", id: created.id }, before: null, after: created });
      await notifyCatalogueChanged(tx);
      return created;
    }),
  );
}

export async function updatePhotoAsAdmin(db: Db, admin: Admin, rawId: string | number | undefined, form: PhotoForm): Promise<AdminPhoto> {
  return db.transaction(async (tx) => {
    const before = await loadAdminPhoto(tx, rawId, true);
    if (form.isActive && !before.hasOriginal) throw badInput("Upload the photo's image before putting it on sale.", "isActive");
    await checkCollection(tx, form.collectionId);
    // The slug stays as it was made: links to the photo's page, shared or indexed, keep working after a rename.
    await tx.update(photos).set(form).where(eq(photos.id, before.id));
    if (form.collectionId !== before.collectionId) await clearCoversOutside(tx, [before.id], form.collectionId);
    const after = await loadAdminPhoto(tx, before.id);
    await recordAudit(tx, { adminUserId: admin.id, action: "photo.update", subject: { type: "photo", id: before.id }, before, after });
    await notifyCatalogueChanged(tx);
    return after;
  });
}
