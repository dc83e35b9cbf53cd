// Edition and signature details for the demo photos, and the photo book's specifications. Only the
// seed's own rows are touched and only with the same values, so running it again changes nothing.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { photos, products } from "../schema/index";
import { chapters, photoBook } from "./data/index";

/** The featured photos are the limited editions; some others are signed open editions. */
const LIMITED_EDITION_SIZE = 25;
const SIGNED_OPEN_EVERY = 3;

const bookSpecifications = { pageCount: 160, widthIn: 12, heightIn: 10, paper: "Heavy matte art paper, 170 gsm", binding: "Linen-covered hardcover, sewn, lays flat" };

export async function seedPrintDetails(db: Db): Promise<void> {
  const seedPhotos = chapters.flatMap((c) => c.photos);
  const limited = seedPhotos.filter((p) => p.featured).map((p) => p.slug);
  const signedOpen = seedPhotos.filter((p, i) => !p.featured && i % SIGNED_OPEN_EVERY === 0).map((p) => p.slug);
  await db.transaction(async (tx) => {
    if (limited.length > 0) await tx.update(photos).set({ editionSize: LIMITED_EDITION_SIZE, isSigned: true }).where(and(inArray(photos.slug, limited), isNull(photos.editionSize)));
    if (signedOpen.length > 0) await tx.update(photos).set({ isSigned: true }).where(inArray(photos.slug, signedOpen));
    await tx.update(products).set(bookSpecifications).where(and(eq(products.slug, photoBook.slug), isNull(products.pageCount)));
  });
}
