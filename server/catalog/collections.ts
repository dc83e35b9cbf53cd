import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { collections, photos } from "../../db/schema/index";
import { notFound } from "../errors";

export type CollectionSummary = { id: number; slug: string; title: string; description: string; photoCount: number; coverPhotoSlug: string | null };

export async function listCollections(db: DbOrTx): Promise<CollectionSummary[]> {
  return db
    .select({
      id: collections.id,
      slug: collections.slug,
      title: collections.title,
      description: collections.description,
      photoCount: sql<number>`count(${photos.id})::int`,
      // The cover the owner chose while it is on sale in this collection (the join keeps only those),
      // else its first photo.
      coverPhotoSlug: sql<string | null>`coalesce(min(${photos.slug}) filter (where ${photos.id} = ${collections.coverPhotoId}), (array_agg(${photos.slug} order by ${photos.isFeatured} desc, ${photos.sortOrder}, ${photos.id}) filter (where ${photos.id} is not null))[1])`,
    })
    .from(collections)
    .leftJoin(photos, and(eq(photos.collectionId, collections.id), eq(photos.isActive, true)))
    .where(eq(collections.isActive, true))
    .groupBy(collections.id)
    .orderBy(asc(collections.sortOrder), asc(collections.id));
}

export async function getCollectionBySlug(db: DbOrTx, slug: string): Promise<CollectionSummary> {
  const found = (await listCollections(db)).find((c) => c.slug === slug);
  if (!found) throw notFound(`No collection called "${slug}"`);
  return found;
}
