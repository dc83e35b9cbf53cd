// Products that are not prints, such as the photo book.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { products } from "../../db/schema/index";
import { notFound } from "../errors";

export type ProductDetail = { id: number; slug: string; title: string; description: string; priceCents: number; stock: number };

export const PHOTO_BOOK_SLUG = "photo-book";

export async function getProductBySlug(db: DbOrTx, slug: string): Promise<ProductDetail> {
  const [row] = await db
    .select({ id: products.id, slug: products.slug, title: products.title, description: products.description, priceCents: products.priceCents, stock: products.stock })
    .from(products)
    .where(and(eq(products.slug, slug), eq(products.isActive, true)))
    .limit(1);
  if (!row) throw notFound(`No product called "${slug}"`);
  return row;
}
