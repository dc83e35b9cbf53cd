// Collections with their cover image, for the home page and the collections index.
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { photoImages, photos } from "../../db/schema/index";
import { listCollections, type CollectionSummary } from "./collections";
import { toImageSet, type ImageRow, type ImageSet } from "./images";

export type CollectionCard = CollectionSummary & { cover: ImageSet | null };

/** Two queries whatever the number of collections. */
export async function listCollectionCards(db: DbOrTx): Promise<CollectionCard[]> {
  const summaries = await listCollections(db);
  const coverSlugs = summaries.map((c) => c.coverPhotoSlug).filter((s): s is string => s !== null);
  const images = coverSlugs.length
    ? await db
        .select({ slug: photos.slug, format: photoImages.format, kind: photoImages.kind, width: photoImages.width, height: photoImages.height, storageKey: photoImages.storageKey })
        .from(photoImages)
        .innerJoin(photos, eq(photos.id, photoImages.photoId))
        .where(and(inArray(photos.slug, coverSlugs), eq(photos.isActive, true)))
    : [];
  const bySlug = new Map<string, ImageRow[]>();
  for (const { slug, ...row } of images) bySlug.set(slug, [...(bySlug.get(slug) ?? []), row]);
  return summaries.map((summary) => {
    const rows = summary.coverPhotoSlug ? bySlug.get(summary.coverPhotoSlug) : undefined;
    return { ...summary, cover: rows ? toImageSet(rows) : null };
  });
}
