// The back office's photo list: search by title, place or tag, on sale or not, in the store's order,
// 25 a page by page number (a catalogue is hundreds of photos, not millions).
import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../../db/client";
import { collections, photos } from "../../../db/schema/index";
import { badInput } from "../../errors";
import { containsPattern } from "../people/search-pattern";

export const PHOTO_PAGE_SIZE = 25;

export const photoListInput = z.object({
  q: z.string().max(100).optional().default(""),
  status: z.enum(["", "active", "inactive"]).optional().default(""),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});

export type PhotoListRow = { id: number; slug: string; title: string; location: string; isActive: boolean; isFeatured: boolean; sortOrder: number; collection: string | null };

export async function listAdminPhotos(db: DbOrTx, input: z.input<typeof photoListInput>) {
  const parsed = photoListInput.safeParse(input);
  if (!parsed.success) throw badInput("That search cannot be shown; clear it and try again.");
  const { q, status, page } = parsed.data;
  const conditions: (SQL | undefined)[] = [];
  const typed = q.trim();
  if (typed) {
    const pattern = containsPattern(typed);
    conditions.push(or(ilike(photos.title, pattern), ilike(photos.location, pattern), sql`${typed.toLowerCase()} = any(${photos.tags})`));
  }
  if (status) conditions.push(eq(photos.isActive, status === "active"));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: photos.id, slug: photos.slug, title: photos.title, location: photos.location, isActive: photos.isActive, isFeatured: photos.isFeatured, sortOrder: photos.sortOrder, collection: collections.title })
      .from(photos)
      .leftJoin(collections, eq(collections.id, photos.collectionId))
      .where(where)
      .orderBy(asc(photos.sortOrder), asc(photos.id))
      .limit(PHOTO_PAGE_SIZE)
      .offset((page - 1) * PHOTO_PAGE_SIZE),
    db.select({ matching: count() }).from(photos).where(where),
  ]);
  const matching = total?.matching ?? 0;
  return { rows: rows satisfies PhotoListRow[], matching, page, pages: Math.max(1, Math.ceil(matching / PHOTO_PAGE_SIZE)), filters: { q, status } };
}
