import type { PhotoCard as PhotoCardData } from "../../server/catalog/photos";
import { PhotoCard } from "./photo-card";

/**
 * `priorityCount`: how many leading cards are above the fold and should not load lazily.
 * `priceNote`: said after each card's price when a filter narrowed what it is of ("on metal").
 */
export function PhotoGrid({ photos, priorityCount = 0, headingLevel = 3, priceNote }: { photos: PhotoCardData[]; priorityCount?: number; headingLevel?: 2 | 3; priceNote?: string | null }) {
  return (
    <ul className="grid grid-cols-1 gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <PhotoCard photo={photo} priority={index < priorityCount} headingLevel={headingLevel} priceNote={priceNote} />
        </li>
      ))}
    </ul>
  );
}
