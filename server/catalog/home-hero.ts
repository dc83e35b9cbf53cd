// The home page's hero is one photograph shown once: never a photo that is also a collection's cover
// further down the page (issue 14). The first featured photo that is not a cover leads; the rest are
// the featured grid.
import type { CollectionCard } from "./collection-cards";
import type { PhotoCard } from "./photos";

export function splitHomePhotos<P extends Pick<PhotoCard, "slug">>(featured: P[], collections: Pick<CollectionCard, "coverPhotoSlug">[]): { hero: P | null; rest: P[] } {
  const covers = new Set(collections.map((c) => c.coverPhotoSlug));
  const hero = featured.find((p) => !covers.has(p.slug)) ?? null;
  return { hero, rest: featured.filter((p) => p !== hero) };
}
