// Collections, photos, their image files and the print variants a shopper can buy.
import { sql, type SQL } from "drizzle-orm";
import { tsvector } from "./tsvector";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

export const orientation = pgEnum("orientation", ["landscape", "portrait", "square"]);
export const material = pgEnum("material", ["paper", "canvas", "metal"]);
export const imageFormat = pgEnum("image_format", ["jpeg", "webp", "avif"]);
export const imageKind = pgEnum("image_kind", ["original", "derivative"]);

export const collections = pgTable(
  "collections",
  {
    id: serial().primaryKey(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    description: text().notNull().default(""),
    sortOrder: integer().notNull().default(0),
    isActive: boolean().notNull().default(true),
    /** the photo its card shows; empty (or a photo no longer in it, or off sale) means its first photo */
    coverPhotoId: integer().references((): AnyPgColumn => photos.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.isActive, t.sortOrder), index().on(t.coverPhotoId)],
);

export const photos = pgTable(
  "photos",
  {
    id: serial().primaryKey(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    story: text().notNull().default(""),
    location: text().notNull().default(""),
    takenOn: date({ mode: "string" }),
    orientation: orientation().notNull(),
    /** width / height of the original, so pages reserve the right space before the image loads */
    aspectRatio: real().notNull(),
    isFeatured: boolean().notNull().default(false),
    isActive: boolean().notNull().default(true),
    /** a limited edition of this many prints in all sizes; null for an open edition */
    editionSize: integer(),
    /** whether the photographer signs each print */
    isSigned: boolean().notNull().default(false),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    collectionId: integer().references(() => collections.id, { onDelete: "set null" }),
    sortOrder: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** title, place and story for full-text search; tags are matched through their own GIN index */
    searchVector: tsvector().generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', ${photos.title}), 'A') || setweight(to_tsvector('english', ${photos.location}), 'B') || to_tsvector('english', ${photos.story})`,
    ),
  },
  (t) => [
    index().on(t.isActive, t.isFeatured),
    index().on(t.collectionId, t.isActive),
    index().on(t.orientation),
    index("photos_search_idx").using("gin", t.searchVector),
    index("photos_tags_idx").using("gin", t.tags),
    check("photos_aspect_ratio_positive", sql`${t.aspectRatio} > 0`),
    check("photos_edition_size_positive", sql`${t.editionSize} > 0`),
  ],
);

export const photoImages = pgTable(
  "photo_images",
  {
    id: serial().primaryKey(),
    photoId: integer()
      .notNull()
      .references(() => photos.id, { onDelete: "cascade" }),
    kind: imageKind().notNull(),
    format: imageFormat().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    /** key in the storage backend (a path under .data/uploads, or an S3 key) */
    storageKey: text().notNull().unique(),
    bytes: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.photoId, t.kind),
    uniqueIndex().on(t.photoId, t.kind, t.format, t.width),
  ],
);

export const printVariants = pgTable(
  "print_variants",
  {
    id: serial().primaryKey(),
    photoId: integer()
      .notNull()
      .references(() => photos.id, { onDelete: "cascade" }),
    material: material().notNull(),
    widthIn: integer().notNull(),
    heightIn: integer().notNull(),
    priceCents: integer().notNull(),
    isActive: boolean().notNull().default(true),
  },
  (t) => [
    uniqueIndex().on(t.photoId, t.material, t.widthIn, t.heightIn),
    index().on(t.material, t.priceCents),
    check("print_variants_price_nonnegative", sql`${t.priceCents} >= 0`),
    check("print_variants_size_positive", sql`${t.widthIn} > 0 and ${t.heightIn} > 0`),
  ],
);
