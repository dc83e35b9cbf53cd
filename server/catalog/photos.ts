// Reading photos for the storefront and outside developers (the catalog router).
import { and, asc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { collections, photoImages, photos, printVariants } from "../../db/schema/index";
import { selectStatement } from "../../db/statement";
import { notFound } from "../errors";
import { decodeCursor, encodeCursor } from "./cursor";
import { toImageSet, type ImageRow, type ImageSet } from "./images";
import { listPhotosSchema, type ListPhotosInput, type PhotoFilters } from "./inputs";

export type PhotoCard = {
  id: number;
  slug: string;
  title: string;
  location: string;
  orientation: "landscape" | "portrait" | "square";
  aspectRatio: number;
  collection: { slug: string; title: string } | null;
  fromPriceCents: number | null;
  image: ImageSet | null;
};

function variantMatches(filters: PhotoFilters): SQL | undefined {
  const conditions = [
    eq(printVariants.photoId, photos.id),
    eq(printVariants.isActive, true),
    filters.material ? eq(printVariants.material, filters.material) : undefined,
    filters.minPriceCents !== undefined ? sql`${printVariants.priceCents} >= ${filters.minPriceCents}` : undefined,
    filters.maxPriceCents !== undefined ? sql`${printVariants.priceCents} <= ${filters.maxPriceCents}` : undefined,
  ];
  if (!filters.material && filters.minPriceCents === undefined && filters.maxPriceCents === undefined) return undefined;
  return sql`exists (select 1 from ${printVariants} where ${and(...conditions)})`;
}

function textMatches(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return or(
    sql`${photos.searchVector} @@ websearch_to_tsquery('english', ${q})`,
    // Drizzle expands a JS array into a parenthesised list, not a Postgres array, so build one.
    sql`${photos.tags} && array[${sql.join(words.map((w) => sql`${w}`), sql`, `)}]::text[]`,
  );
}

export function photoFilterConditions(filters: PhotoFilters): SQL | undefined {
  return and(
    eq(photos.isActive, true),
    filters.collection ? eq(collections.slug, filters.collection) : undefined,
    filters.orientation ? eq(photos.orientation, filters.orientation) : undefined,
    variantMatches(filters),
    textMatches(filters.q),
  );
}

// `= any($ids)` rather than `in (...)`: one prepared statement for every page size.
const selectCardImages = selectStatement("card_images", (db) =>
  db
    .select({ photoId: photoImages.photoId, format: photoImages.format, kind: photoImages.kind, width: photoImages.width, height: photoImages.height, storageKey: photoImages.storageKey })
    .from(photoImages)
    .where(sql`${photoImages.photoId} = any(${sql.placeholder("ids")})`),
);

const selectCardPrices = selectStatement("card_prices", (db) =>
  db
    .select({ photoId: printVariants.photoId, from: sql<number>`min(${printVariants.priceCents})::int` })
    .from(printVariants)
    .where(and(sql`${printVariants.photoId} = any(${sql.placeholder("ids")})`, eq(printVariants.isActive, true)))
    .groupBy(printVariants.photoId),
);

/** Images and prices for a page of photos: two queries, whatever the page size. */
export async function cardsFor(db: DbOrTx, rows: { id: number; slug: string; title: string; location: string; orientation: PhotoCard["orientation"]; aspectRatio: number; collectionSlug: string | null; collectionTitle: string | null }[]): Promise<PhotoCard[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [images, prices] = await Promise.all([
    selectCardImages(db, { ids }),
    selectCardPrices(db, { ids }),
  ]);
  const imagesByPhoto = new Map<number, ImageRow[]>();
  for (const image of images) imagesByPhoto.set(image.photoId, [...(imagesByPhoto.get(image.photoId) ?? []), image]);
  const priceByPhoto = new Map(prices.map((p) => [p.photoId, p.from]));
  return rows.map((r) => cardFromRow({ ...r, images: imagesByPhoto.get(r.id) ?? [], fromPriceCents: priceByPhoto.get(r.id) ?? null }));
}

type CardRow = Parameters<typeof cardsFor>[1][number] & { images: ImageRow[]; fromPriceCents: number | null };

export function cardFromRow(r: CardRow): PhotoCard {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    location: r.location,
    orientation: r.orientation,
    aspectRatio: r.aspectRatio,
    collection: r.collectionSlug ? { slug: r.collectionSlug, title: r.collectionTitle ?? "" } : null,
    fromPriceCents: r.fromPriceCents,
    image: toImageSet(r.images),
  };
}

/**
 * A card's images and lowest active price as subqueries of its own row, for pages that need a photo
 * and its card in one round trip: each query costs the photo page more than the rows it returns
 * (docs/performance.md, "SSR throughput").
 */
export const cardExtraColumns = {
  images: sql<ImageRow[]>`coalesce((
    select json_agg(json_build_object('format', ${photoImages.format}, 'kind', ${photoImages.kind}, 'width', ${photoImages.width}, 'height', ${photoImages.height}, 'storageKey', ${photoImages.storageKey}))
    from ${photoImages} where ${photoImages.photoId} = ${photos.id}), '[]'::json)`,
  fromPriceCents: sql<number | null>`(select min(${printVariants.priceCents})::int from ${printVariants} where ${printVariants.photoId} = ${photos.id} and ${printVariants.isActive})`,
};

export const cardColumns = {
  id: photos.id,
  slug: photos.slug,
  title: photos.title,
  location: photos.location,
  orientation: photos.orientation,
  aspectRatio: photos.aspectRatio,
  sortOrder: photos.sortOrder,
  collectionSlug: collections.slug,
  collectionTitle: collections.title,
};

export async function listPhotos(db: DbOrTx, rawInput: ListPhotosInput): Promise<{ items: PhotoCard[]; nextCursor: string | null }> {
  const input = listPhotosSchema.parse(rawInput);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await db
    .select(cardColumns)
    .from(photos)
    .leftJoin(collections, eq(collections.id, photos.collectionId))
    .where(
      and(
        photoFilterConditions(input),
        after ? or(gt(photos.sortOrder, after.sortOrder), and(eq(photos.sortOrder, after.sortOrder), gt(photos.id, after.id))) : undefined,
      ),
    )
    .orderBy(asc(photos.sortOrder), asc(photos.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: await cardsFor(db, page),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ sortOrder: last.sortOrder, id: last.id }) : null,
  };
}

export async function countPhotos(db: DbOrTx, filters: PhotoFilters): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(photos)
    .leftJoin(collections, eq(collections.id, photos.collectionId))
    .where(photoFilterConditions(filters));
  return row?.n ?? 0;
}

export async function featuredPhotos(db: DbOrTx, limit = 8): Promise<PhotoCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(photos)
    .leftJoin(collections, eq(collections.id, photos.collectionId))
    .where(and(eq(photos.isActive, true), eq(photos.isFeatured, true)))
    .orderBy(asc(photos.sortOrder), asc(photos.id))
    .limit(limit);
  return cardsFor(db, rows);
}

export type PhotoVariant = { id: number; material: "paper" | "canvas" | "metal"; widthIn: number; heightIn: number; priceCents: number };

export type PhotoDetail = PhotoCard & {
  story: string;
  takenOn: string | null;
  tags: string[];
  variants: PhotoVariant[];
};

/** The photo, its card's images and price, and its variants (cheapest first within a material): one query. */
const selectPhotoBySlug = selectStatement("photo_by_slug", (db) =>
  db
    .select({
      ...cardColumns,
      ...cardExtraColumns,
      story: photos.story,
      takenOn: photos.takenOn,
      tags: photos.tags,
      variants: sql<PhotoVariant[]>`coalesce((
        select json_agg(json_build_object('id', ${printVariants.id}, 'material', ${printVariants.material}, 'widthIn', ${printVariants.widthIn}, 'heightIn', ${printVariants.heightIn}, 'priceCents', ${printVariants.priceCents})
          order by ${printVariants.material}, ${printVariants.priceCents})
        from ${printVariants} where ${printVariants.photoId} = ${photos.id} and ${printVariants.isActive}), '[]'::json)`,
    })
    .from(photos)
    .leftJoin(collections, eq(collections.id, photos.collectionId))
    .where(and(eq(photos.slug, sql.placeholder("slug")), eq(photos.isActive, true)))
    .limit(1),
);

export async function getPhotoBySlug(db: DbOrTx, slug: string): Promise<PhotoDetail> {
  const [row] = await selectPhotoBySlug(db, { slug });
  if (!row) throw notFound(`No photo called "${slug}"`);
  return { ...cardFromRow(row), story: row.story, takenOn: row.takenOn, tags: row.tags, variants: row.variants };
}
