// The photo book's price and stock as the owner sets them: integer cents, a whole number in stock,
// audited, and told to every web process's page cache when it commits (catalogue-changed.ts).
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../../db/client";
import { products } from "../../../db/schema/index";
import { PHOTO_BOOK_SLUG } from "../../catalog/products";
import { badInput, notFound } from "../../errors";
import { dollarsToCents } from "../../giftcards/purchase-input";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { notifyCatalogueChanged } from "../catalogue/catalogue-changed";

const priceMessage = "Enter the price in dollars, such as 45 or 45.50.";
const stockMessage = "Stock is a whole number, 0 or more.";

export const bookUpdateSchema = z.object({
  priceCents: z.number({ error: priceMessage }).int({ error: priceMessage }).positive("The book costs more than nothing.").max(10_000_000, priceMessage),
  stock: z.number({ error: stockMessage }).int({ error: stockMessage }).min(0, stockMessage).max(1_000_000, stockMessage),
});

/** The form: the price typed in dollars. */
export const bookForm = z.object({
  price: z.string({ error: priceMessage }).transform(dollarsToCents).pipe(bookUpdateSchema.shape.priceCents),
  stock: z.string({ error: stockMessage }).transform((v) => (/^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN)).pipe(bookUpdateSchema.shape.stock),
});

export type AdminBook = { title: string; priceCents: number; stock: number };

export async function loadBookForAdmin(db: DbOrTx): Promise<AdminBook> {
  const [book] = await db.select({ title: products.title, priceCents: products.priceCents, stock: products.stock }).from(products).where(eq(products.slug, PHOTO_BOOK_SLUG));
  if (!book) throw notFound("The shop has no photo book.");
  return book;
}

export async function updateBook(db: Db, admin: Admin, input: z.input<typeof bookUpdateSchema>): Promise<AdminBook & { changed: boolean }> {
  const result = bookUpdateSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw badInput(issue.message, typeof issue.path[0] === "string" ? issue.path[0] : undefined);
  }
  const { priceCents, stock } = result.data;
  return db.transaction(async (tx) => {
    const [book] = await tx.select().from(products).where(eq(products.slug, PHOTO_BOOK_SLUG)).for("update");
    if (!book) throw notFound("The shop has no photo book.");
    if (book.priceCents === priceCents && book.stock === stock) return { title: book.title, priceCents, stock, changed: false };
    await tx.update(products).set({ priceCents, stock }).where(eq(products.id, book.id));
    await recordAudit(tx, { adminUserId: admin.id, action: "book.update", subject: { type: "product", id: book.slug }, before: { priceCents: book.priceCents, stock: book.stock }, after: { priceCents, stock } });
    await notifyCatalogueChanged(tx);
    return { title: book.title, priceCents, stock, changed: true };
  });
}
