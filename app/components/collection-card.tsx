import { Link } from "@remix-run/react";
import type { CollectionCard as CollectionCardData } from "../../server/catalog/collection-cards";
import { ResponsivePicture } from "./responsive-picture";
import { gridImageSizes } from "./photo-card";

export function CollectionCard({ collection, headingLevel = 3 }: { collection: CollectionCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Link to={`/collections/${collection.slug}`} prefetch="intent" className="group block rounded-md">
      <div className="aspect-[4/3] overflow-hidden rounded-md bg-stone-200 dark:bg-stone-800">
        <ResponsivePicture image={collection.cover} alt="" sizes={gridImageSizes} className="h-full object-cover" />
      </div>
      <Heading className="mt-3 font-serif text-xl text-stone-900 group-hover:underline dark:text-stone-100">{collection.title}</Heading>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {collection.photoCount} {collection.photoCount === 1 ? "photograph" : "photographs"}
      </p>
    </Link>
  );
}
