// Collections in the back office: the list, and each change in one transaction with its audit row
// and the page caches' notice.
import { and, asc, count, eq, inArray, isNull, ne, notInArray, or } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "../../../db/client";
import { collections, photos } from "../../../db/schema/index";
import { badInput, conflict, notFound } from "../../errors";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { notifyCatalogueChanged } from "./catalogue-changed";
import type { CollectionForm, CollectionPhotos } from "./collection-form";
import { retryingSlugClash, uniqueSlug } from "./slug";

const fields = {
  id: collections.id,
  slug: collections.slug,
  title: collections.title,
  description: collections.description,
  sortOrder: collections.sortOrder,
  isActive: collections.isActive,
  coverPhotoId: collections.coverPhotoId,
};

export type AdminCollection = { id: number; slug: string; title: string; description: string; sortOrder: number; isActive: boolean; coverPhotoId: number | null };
export type CollectionPhotoChoice = { id: number; title: string; isActive: boolean; inCollection: boolean };

const SLUG_TAKEN = "Another collection has this address; choose another.";

export async function listAdminCollections(db: DbOrTx): Promise<(AdminCollection & { photoCount: number })[]> {
  return db
    .select({ ...fields, photoCount: count(photos.id) })
    .from(collections)
    .leftJoin(photos, eq(photos.collectionId, collections.id))
    .groupBy(collections.id)
    .orderBy(asc(collections.sortOrder), asc(collections.id));
}

export function parseCollectionId(raw: string | number | undefined): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound("There is no such collection.");
  return id;
}

export async function loadAdminCollection(db: DbOrTx, rawId: string | number | undefined, lock = false): Promise<AdminCollection> {
  const query = db.select(fields).from(collections).where(eq(collections.id, parseCollectionId(rawId)));
  const [found] = lock ? await query.for("update") : await query;
  if (!found) throw notFound("There is no such collection.");
  return found;
}

/**
 * The photos the edit page offers: the collection's own, and those in no collection yet. A photo of
 * another collection is moved from its own page, so this list stays as long as one collection.
 */
export async function listCollectionPhotoChoices(db: DbOrTx, collectionId: number): Promise<CollectionPhotoChoice[]> {
  const rows = await db
    .select({ id: photos.id, title: photos.title, isActive: photos.isActive, collectionId: photos.collectionId })
    .from(photos)
    .where(or(eq(photos.collectionId, collectionId), isNull(photos.collectionId)))
    .orderBy(asc(photos.sortOrder), asc(photos.id));
  return rows.map(({ collectionId: inside, ...photo }) => ({ ...photo, inCollection: inside === collectionId }));
}

async function checkSlugFree(tx: Tx, slug: string, exceptId?: number): Promise<void> {
  const [taken] = await tx.select({ id: collections.id }).from(collections).where(eq(collections.slug, slug));
  if (taken && taken.id !== exceptId) throw conflict(SLUG_TAKEN, "slug");
}

async function checkCover(tx: Tx, collectionId: number, coverPhotoId: number | null): Promise<void> {
  if (coverPhotoId === null) return;
  const [photo] = await tx.select({ id: photos.id }).from(photos).where(and(eq(photos.id, coverPhotoId), eq(photos.collectionId, collectionId)));
  if (!photo) throw badInput("The cover must be one of the collection's photos.", "coverPhotoId");
}

export async function createCollectionAsAdmin(db: Db, admin: Admin, form: CollectionForm): Promise<AdminCollection> {
  // A new collection has no photos yet, so nothing can be its cover.
  if (form.coverPhotoId !== null) throw badInput("Add photos to the collection before choosing its cover.", "coverPhotoId");
  return retryingSlugClash("collections_slug_unique", SLUG_TAKEN, () =>
    db.transaction(async (tx) => {
      if (form.slug) await checkSlugFree(tx, form.slug);
      const slug = form.slug || (await uniqueSlug(tx, collections, form.title));
      const [row] = await tx.insert(collections).values({ ...form, slug }).returning(fields);
      await recordAudit(tx, { adminUserId: admin.id, action: "collection.create", subject: { type: "collection", id: row!.id }, before: null, after: row });
      await notifyCatalogueChanged(tx);
      return row!;
    }),
  );
}

export async function updateCollectionAsAdmin(db: Db, admin: Admin, rawId: string | number | undefined, form: CollectionForm): Promise<AdminCollection> {
  return retryingSlugClash("collections_slug_unique", SLUG_TAKEN, () =>
    db.transaction(async (tx) => {
      const before = await loadAdminCollection(tx, rawId, true);
      const slug = form.slug || before.slug;
      await checkSlugFree(tx, slug, before.id);
      await checkCover(tx, before.id, form.coverPhotoId);
      const [after] = await tx.update(collections).set({ ...form, slug }).where(eq(collections.id, before.id)).returning(fields);
      await recordAudit(tx, { adminUserId: admin.id, action: "collection.update", subject: { type: "collection", id: before.id }, before, after });
      await notifyCatalogueChanged(tx);
      return after!;
    }),
  );
}

/** A photo that moves collection stops being the cover of the one it left. */
export async function clearCoversOutside(tx: Tx, photoIds: number[], collectionId: number | null): Promise<void> {
  if (photoIds.length === 0) return;
  const elsewhere = inArray(collections.coverPhotoId, photoIds);
  await tx.update(collections).set({ coverPhotoId: null }).where(collectionId === null ? elsewhere : and(elsewhere, ne(collections.id, collectionId)));
}

/** Puts exactly `photoIds` in the collection (moving any from another); a cover that leaves is cleared. */
export async function setCollectionPhotos(db: Db, admin: Admin, rawId: string | number | undefined, { photoIds }: CollectionPhotos): Promise<{ photoIds: number[]; coverPhotoId: number | null }> {
  const wanted = [...new Set(photoIds)];
  return db.transaction(async (tx) => {
    const collection = await loadAdminCollection(tx, rawId, true);
    const members = async () => (await tx.select({ id: photos.id }).from(photos).where(eq(photos.collectionId, collection.id)).orderBy(asc(photos.id))).map((p) => p.id);
    const before = await members();
    if (wanted.length > 0) {
      const found = await tx.select({ id: photos.id }).from(photos).where(inArray(photos.id, wanted)).for("update");
      if (found.length !== wanted.length) throw badInput("One of those photos does not exist any more; reload the page and try again.", "photoIds");
      await tx.update(photos).set({ collectionId: collection.id }).where(inArray(photos.id, wanted));
      await clearCoversOutside(tx, wanted, collection.id);
    }
    await tx
      .update(photos)
      .set({ collectionId: null })
      .where(wanted.length > 0 ? and(eq(photos.collectionId, collection.id), notInArray(photos.id, wanted)) : eq(photos.collectionId, collection.id));
    const coverPhotoId = collection.coverPhotoId !== null && wanted.includes(collection.coverPhotoId) ? collection.coverPhotoId : null;
    if (coverPhotoId !== collection.coverPhotoId) await tx.update(collections).set({ coverPhotoId }).where(eq(collections.id, collection.id));
    const after = await members();
    await recordAudit(tx, { adminUserId: admin.id, action: "collection.photos", subject: { type: "collection", id: collection.id }, before: { photoIds: before, coverPhotoId: collection.coverPhotoId }, after: { photoIds: after, coverPhotoId } });
    await notifyCatalogueChanged(tx);
    return { photoIds: after, coverPhotoId };
  });
}
