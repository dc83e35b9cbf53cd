import { Link } from "@remix-run/react";
import type { PhotoCard as PhotoCardData } from "../../server/catalog/photos";
import { formatMoney } from "~/shared/money";
import { ResponsivePicture } from "./responsive-picture";

export const gridImageSizes = "(min-width: 1152px) 360px, (min-width: 1024px) 30vw, (min-width: 640px) 45vw, 92vw";

/**
 * Every card's picture sits in the same square mat, portrait or landscape, so a row of cards is one
 * height and the grid leaves no holes; the photo keeps its own proportions inside, nothing cropped.
 */
function MatFrame({ aspectRatio, children }: { aspectRatio: number; children: React.ReactNode }) {
  const width = aspectRatio >= 1 ? 100 : aspectRatio * 100;
  return (
    <div className="flex aspect-square items-center justify-center overflow-hidden rounded-md bg-stone-100 p-[8%] dark:bg-stone-900">
      <div style={{ width: `${width}%` }} className="shadow-sm">
        {children}
      </div>
    </div>
  );
}

/**
 * `headingLevel`: 2 where the grid sits right under the page's h1, 3 under a section's h2.
 * `priceNote`: what the price is of, when a filter narrowed it ("on metal").
 */
export function PhotoCard({ photo, priority = false, headingLevel = 3, priceNote }: { photo: PhotoCardData; priority?: boolean; headingLevel?: 2 | 3; priceNote?: string | null }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Link to={`/photos/${photo.slug}`} prefetch="intent" className="group block rounded-md">
      <MatFrame aspectRatio={photo.aspectRatio}>
        <ResponsivePicture
          image={photo.image}
          alt={photo.title}
          sizes={gridImageSizes}
          priority={priority}
          aspectRatio={photo.aspectRatio}
          className="transition-transform duration-500 motion-safe:group-hover:scale-[1.02]"
        />
      </MatFrame>
      <div className="mt-3 flex items-baseline justify-between gap-3">
        <Heading className="font-serif text-lg leading-snug text-stone-900 group-hover:underline dark:text-stone-100">{photo.title}</Heading>
        {photo.fromPriceCents !== null ? (
          <p className="shrink-0 text-right text-sm text-stone-700 dark:text-stone-300">
            from {formatMoney(photo.fromPriceCents)}
            {priceNote ? ` ${priceNote}` : ""}
          </p>
        ) : null}
      </div>
      {photo.location ? <p className="text-sm text-stone-600 dark:text-stone-400">{photo.location}</p> : null}
    </Link>
  );
}
