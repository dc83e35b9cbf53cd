// Reading photos for the storefront and outside developers (the catalog router).
import { and, asc, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { sizeClassLongEdge, type PhotoSort } from "../../app/shared/print-sizes";
import type { DbOrTx } from "../../db/client";
import { collections, photoImages, photos, printVariants } from "../../db/schema/index";
import { selectStatement } from "../../db/statement";
import { notFound } from "../errors";
import { decodeCursor, encodeCursor, type PhotoCursor } from "./cursor";
import { toImageSet, toZoomImage, type ImageRow, type ImageSet, type ZoomImage } from "./images";
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

/** What a variant must be to count for these filters: active, and of the material, price and size asked for. */
function variantConditions(filters: PhotoFilters): SQL | undefined {
  const longEdge = sql`greatest(${printVariants.widthIn}, ${printVariants.heightIn})`;
  const size = filters.size ? sizeClassLongEdge[filters.size] : undefined;
  return and(
    eq(printVariants.photoId, photos.id),
    eq(printVariants.isActive, true),
    filters.material ? eq(printVariants.material, filters.material) : undefined,
    filters.minPriceCents !== undefined ? sql`${printVariants.priceCents} >= ${filters.minPriceCents}` : undefined,
    filters.maxPriceCents !== undefined ? sql`${printVariants.priceCents} <= ${filters.maxPriceCents}` : undefined,
    size ? sql`${longEdge} >= ${size.min}` : undefined,
    size?.max ? sql`${longEdge} <= ${size.max}` : undefined,
  );
}

const filtersVariants = (filters: PhotoFilters) =>
  Boolean(filters.material || filters.size || filters.minPriceCents !== undefined || filters.maxPriceCents !== undefined);

function variantMatches(filters: PhotoFilters): SQL | undefined {
  if (!filtersVariants(filters)) return undefined;
  return sql`exists (select 1 from ${printVariants} where ${variantConditions(filters)})`;
}

/** The lowest price among the variants that match: what the card says, and what price sorts order by. */
const matchingFromPrice = (filters: PhotoFilters) =>
  sql<number | null>`(select min(${printVariants.priceCents})::int from ${printVariants} where ${variantConditions(filters)})`;

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

/**
 * Each sort as a key and a direction; the photo's id, ascending, breaks ties. A photo without a
 * matching price sorts last either way.
 */
function sortKey(sort: PhotoSort, filters: PhotoFilters): { key: SQL<number>; descending: boolean } {
  if (sort === "newest") return { key: sql<number>`${photos.id}`, descending: true };
  if (sort === "price-asc") return { key: sql<number>`coalesce(${matchingFromPrice(filters)}, 2147483647)`, descending: false };
  if (sort === "price-desc") return { key: sql<number>`coalesce(${matchingFromPrice(filters)}, -1)`, descending: true };
  return { key: sql<number>`${photos.sortOrder}`, descending: false };
}

/** Rows after the cursor's photo in this order. */
function after({ key, descending }: ReturnType<typeof sortKey>, cursor: PhotoCursor): SQL {
  return descending
    ? sql`(${key} < ${cursor.key} or (${key} = ${cursor.key} and ${photos.id} > ${cursor.id}))`
    : sql`(${key}, ${photos.id}) > (${cursor.key}, ${cursor.id})`;
}

export type PhotoPage = {
  items: PhotoCard[];
  nextCursor: string | null;
  /** the page before this one: null on the first page, "" when it is the first page */
  previousCursor: string | null;
  total: number;
  /** how many photos come before this page, so it is photos offset+1 to offset+items.length of total */
  offset: number;
};

/**
 * One page of photos in the chosen order: the rows with their images and matching prices in one
 * query, beside one that counts the list and the photos before the cursor, and on a later page one
 * that finds where the previous page starts. Three queries at most, whatever the page size.
 */
export async function listPhotos(db: DbOrTx, rawInput: ListPhotosInput): Promise<PhotoPage> {
  const input = listPhotosSchema.parse(rawInput);
  const cursor = input.cursor ? decodeCursor(input.cursor, input.sort) : undefined;
  const order = sortKey(input.sort, input);
  const filtered = photoFilterConditions(input);
  const fromList = <T extends Parameters<DbOrTx["select"]>[0]>(columns: T) =>
    db.select(columns).from(photos).leftJoin(collections, eq(collections.id, photos.collectionId));
  const keyOrder = order.descending ? desc(order.key) : asc(order.key);

  const [rows, [position], [previous]] = await Promise.all([
    fromList({ ...cardColumns, images: cardExtraColumns.images, fromPriceCents: matchingFromPrice(input), key: order.key })
      .where(and(filtered, cursor ? after(order, cursor) : undefined))
      .orderBy(keyOrder, asc(photos.id))
      .limit(input.limit + 1),
    fromList({ total: sql<number>`count(*)::int`, before: cursor ? sql<number>`(count(*) filter (where not ${after(order, cursor)}))::int` : sql<number>`0` }).where(filtered),
    // The previous page starts just after the photo `limit` places before this page's first.
    cursor
      ? fromList({ key: order.key, id: photos.id })
          .where(and(filtered, sql`not ${after(order, cursor)}`))
          .orderBy(order.descending ? asc(order.key) : desc(order.key), desc(photos.id))
          .offset(input.limit)
          .limit(1)
      : Promise.resolve([]),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const offset = position?.before ?? 0;
  return {
    items: page.map((row) => cardFromRow(row)),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ sort: input.sort, key: last.key, id: last.id }) : null,
    previousCursor: !cursor ? null : previous ? encodeCursor({ sort: input.sort, key: previous.key, id: previous.id }) : "",
    total: position?.total ?? 0,
    offset,
  };
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
  /** a limited edition's size (null for an open edition) and whether each print is signed */
  edition: { size: number | null; signed: boolean };
  /** the 3000 px copy for the zoom viewer; null until the derivative job has made it, or for a small original */
  zoom: ZoomImage | null;
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
      editionSize: photos.editionSize,
      isSigned: photos.isSigned,
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
  return {
    ...cardFromRow(row),
    story: row.story,
    takenOn: row.takenOn,
    tags: row.tags,
    variants: row.variants,
    edition: { size: row.editionSize, signed: row.isSigned },
    zoom: toZoomImage(row.images),
  };
}
