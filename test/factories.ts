// Small builders for test data; tests never depend on the demo seed.
import type { Db } from "../db/client";
import { collections, photos, printVariants, products } from "../db/schema/index";

let counter = 0;
const next = () => ++counter;

export async function createCollection(db: Db, overrides: Partial<typeof collections.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(collections)
    .values({ slug: `collection-${n}`, title: `Collection ${n}`, description: `About collection ${n}`, sortOrder: n, ...overrides })
    .returning();
  return row!;
}

export type VariantSpec = { material: "paper" | "canvas" | "metal"; widthIn: number; heightIn: number; priceCents: number; isActive?: boolean };

export const defaultVariants: VariantSpec[] = [
  { material: "paper", widthIn: 8, heightIn: 10, priceCents: 4500 },
  { material: "paper", widthIn: 16, heightIn: 20, priceCents: 9500 },
  { material: "canvas", widthIn: 24, heightIn: 36, priceCents: 32000 },
  { material: "metal", widthIn: 40, heightIn: 60, priceCents: 120000 },
];

export async function createPhoto(
  db: Db,
  overrides: Partial<typeof photos.$inferInsert> = {},
  variants: VariantSpec[] = defaultVariants,
) {
  const n = next();
  const [photo] = await db
    .insert(photos)
    .values({
      slug: `photo-${n}`,
      title: `Photo ${n}`,
      story: `The story of photo ${n}`,
      location: "Montauk, New York",
      orientation: "landscape",
      aspectRatio: 1.5,
      sortOrder: n,
      ...overrides,
    })
    .returning();
  const insertedVariants = variants.length
    ? await db
        .insert(printVariants)
        .values(variants.map((v) => ({ ...v, photoId: photo!.id })))
        .returning()
    : [];
  return { ...photo!, variants: insertedVariants };
}

export async function createProduct(db: Db, overrides: Partial<typeof products.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(products)
    .values({ slug: `product-${n}`, title: `Product ${n}`, description: "A product", priceCents: 6500, stock: 10, ...overrides })
    .returning();
  return row!;
}
