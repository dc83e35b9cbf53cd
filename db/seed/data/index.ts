// The demo catalogue: three collections of twenty photos, and the photo book.
import { atlanticSeascapes } from "./atlantic-seascapes";
import { montaukSunsets } from "./montauk-sunsets";
import { morePrints } from "./more-prints";
import { quietDunes } from "./quiet-dunes";
import type { SeedChapter } from "./types";

export type { AspectName, SeedPhoto, SeedPrintOffer } from "./types";

export const chapters: SeedChapter[] = [montaukSunsets, atlanticSeascapes, quietDunes].map((chapter) => ({
  ...chapter,
  photos: [...chapter.photos, ...(morePrints[chapter.collection.slug] ?? [])],
}));

export const photoBook = {
  slug: "photo-book",
  title: "Edge of the Atlantic",
  description:
    "A 160-page hardcover of the photographs in this shop and many never printed before, from Montauk Point to the dunes of Cape Cod. Printed on heavy matte art paper, 12 × 10 inches, signed by the photographer.",
  priceCents: 6500,
  stock: 150,
};
