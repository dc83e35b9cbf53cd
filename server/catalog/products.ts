// Products that are not prints, such as the photo book.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { products } from "../../db/schema/index";
import { notFound } from "../errors";

/** A book's specifications; each is null when not recorded, and the page leaves it out. */
export type BookSpecifications = { pageCount: number | null; widthIn: number | null; heightIn: number | null; paper: string | null; binding: string | null };

export type ProductDetail = { id: number; slug: string; title: string; description: string; priceCents: number; stock: number; specifications: BookSpecifications };

export const PHOTO_BOOK_SLUG = "photo-book";

export async function getProductBySlug(db: DbOrTx, slug: string): Promise<ProductDetail> {
  const [row] = await db
    .select({
      id: products.id,
      slug: products.slug,
      title: products.title,
      description: products.description,
      priceCents: products.priceCents,
      stock: products.stock,
      pageCount: products.pageCount,
      widthIn: products.widthIn,
      heightIn: products.heightIn,
      paper: products.paper,
      binding: products.binding,
    })
    .from(products)
    .where(and(eq(products.slug, slug), eq(products.isActive, true)))
    .limit(1);
  if (!row) throw notFound(`No product called "${slug}"`);
  const { pageCount, widthIn, heightIn, paper, binding, ...product } = row;
  return { ...product, specifications: { pageCount, widthIn, heightIn, paper, binding } };
}
