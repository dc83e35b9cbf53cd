// Collections in the back office: the list, and each change in one transaction with its audit row
// and the page caches' notice.
import { asc, count, eq } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "../../../db/client";
import { collections, photos } from "../../../db/schema/index";
import { conflict, notFound } from "../../errors";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { notifyCatalogueChanged } from "./catalogue-changed";
import { collectionFormSchema } from "./collection-form";
import { uniqueSlug } from "./slug";

const fields = { id: collections.id, slug: collections.slug, title: collections.title, description: collections.description, sortOrder: collections.sortOrder, isActive: collections.isActive };

export type AdminCollection = { id: number; slug: string; title: string; description: string; sortOrder: number; isActive: boolean };

export async function listAdminCollections(db: DbOrTx) {
  return db
    .select({ ...fields, photoCount: count(photos.id) })
    .from(collections)
    .leftJoin(photos, eq(photos.collectionId, collections.id))
    .groupBy(collections.id)
    .orderBy(asc(collections.sortOrder), asc(collections.id));
}

export async function loadAdminCollection(db: DbOrTx, rawId: string | number | undefined, lock = false): Promise<AdminCollection> {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound("There is no such collection.");
  const query = db.select(fields).from(collections).where(eq(collections.id, id));
  const [found] = lock ? await query.for("update") : await query;
  if (!found) throw notFound("There is no such collection.");
  return found;
}

async function checkSlugFree(tx: Tx, slug: string, exceptId?: number): Promise<void> {
  const [taken] = await tx.select({ id: collections.id }).from(collections).where(eq(collections.slug, slug));
  if (taken && taken.id !== exceptId) throw conflict("Another collection has this address; choose another.", "slug");
}

export async function createCollectionAsAdmin(db: Db, admin: Admin, input: unknown): Promise<AdminCollection> {
  const form = collectionFormSchema.parse(input);
  return db.transaction(async (tx) => {
    if (form.slug) await checkSlugFree(tx, form.slug);
    const slug = form.slug || (await uniqueSlug(tx, collections, form.title));
    const [row] = await tx.insert(collections).values({ ...form, slug }).returning(fields);
    await recordAudit(tx, { adminUserId: admin.id, action: "collection.create", subject: { type: "collection", id: row!.id }, before: null, after: row });
    await notifyCatalogueChanged(tx);
    return row!;
  });
}

export async function updateCollectionAsAdmin(db: Db, admin: Admin, rawId: string | number | undefined, input: unknown): Promise<AdminCollection> {
  const form = collectionFormSchema.parse(input);
  return db.transaction(async (tx) => {
    const before = await loadAdminCollection(tx, rawId, true);
    const slug = form.slug || before.slug;
    await checkSlugFree(tx, slug, before.id);
    const [after] = await tx.update(collections).set({ ...form, slug }).where(eq(collections.id, before.id)).returning(fields);
    await recordAudit(tx, { adminUserId: admin.id, action: "collection.update", subject: { type: "collection", id: before.id }, before, after });
    await notifyCatalogueChanged(tx);
    return after!;
  });
}
