// What the sitemap lists: every active collection and every active photo, with when it last changed.
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { collections, photos } from "../../db/schema/index";

export type SitemapEntries = {
  collections: { slug: string; updatedAt: string }[];
  photos: { slug: string; updatedAt: string }[];
};

export async function sitemapEntries(db: DbOrTx): Promise<SitemapEntries> {
  const [collectionRows, photoRows] = await Promise.all([
    db.select({ slug: collections.slug, createdAt: collections.createdAt }).from(collections).where(eq(collections.isActive, true)).orderBy(asc(collections.sortOrder), asc(collections.id)),
    db.select({ slug: photos.slug, createdAt: photos.createdAt }).from(photos).where(eq(photos.isActive, true)).orderBy(asc(photos.sortOrder), asc(photos.id)),
  ]);
  const shape = (r: { slug: string; createdAt: Date }) => ({ slug: r.slug, updatedAt: r.createdAt.toISOString() });
  return { collections: collectionRows.map(shape), photos: photoRows.map(shape) };
}
