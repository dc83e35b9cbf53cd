// "More like this" for a photo page: same collection first, then shared tags, then the catalogue order.
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { collections, photos } from "../../db/schema/index";
import { selectStatement } from "../../db/statement";
import { cardColumns, cardExtraColumns, cardFromRow, type PhotoCard } from "./photos";

/**
 * Takes the slug rather than the photo so the page can run it alongside getPhotoBySlug
 * instead of after it.
 */
export async function relatedPhotos(db: DbOrTx, slug: string, limit = 4): Promise<PhotoCard[]> {
  const rows = await selectRelated(db, { slug, limit });
  return rows.map(cardFromRow);
}

const selectRelated = selectStatement("related_photos", (db) => {
  const slug = sql.placeholder("slug");
  const current = db.$with("current").as(db.select({ id: photos.id, collectionId: photos.collectionId, tags: photos.tags }).from(photos).where(eq(photos.slug, slug)));
  const sameCollection = sql<number>`(${photos.collectionId} is not distinct from (select ${current.collectionId} from ${current}) and ${photos.collectionId} is not null)::int`;
  const sharedTags = sql<number>`cardinality(array(select unnest(${photos.tags}) intersect select unnest((select ${current.tags} from ${current}))))`;
  return db
    .with(current)
    .select({ ...cardColumns, ...cardExtraColumns })
    .from(photos)
    .leftJoin(collections, eq(collections.id, photos.collectionId))
    .where(and(eq(photos.isActive, true), ne(photos.slug, slug), sql`exists (select 1 from ${current})`))
    .orderBy(desc(sameCollection), desc(sharedTags), asc(photos.sortOrder), asc(photos.id))
    .limit(sql.placeholder("limit"));
});
