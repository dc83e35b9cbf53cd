// A photo as <picture>: AVIF, then WebP, then JPEG, each with a srcset, and its intrinsic size set
// so the page never shifts while it loads.
import type { ImageSet } from "../../server/catalog/images";

type Props = {
  image: ImageSet | null;
  alt: string;
  /** the rendered width at each breakpoint, so the browser picks the smallest file that is sharp */
  sizes: string;
  /** the page's largest image (LCP): fetched first and never lazily */
  priority?: boolean;
  /** width / height, used for the placeholder when the photo has no image files yet */
  aspectRatio?: number;
  className?: string;
};

const mimeTypes = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg" } as const;

export function ResponsivePicture({ image, alt, sizes, priority = false, aspectRatio = 1.5, className = "" }: Props) {
  if (!image) {
    const label = alt ? { role: "img", "aria-label": alt } : { "aria-hidden": true };
    return <div {...label} style={{ aspectRatio }} className={`bg-stone-200 dark:bg-stone-800 ${className}`} />;
  }
  const jpeg = image.sources.find((s) => s.format === "jpeg");
  // React 18 only passes the attribute through in lower case.
  const loadingHints = priority ? { fetchpriority: "high", loading: "eager" as const } : { loading: "lazy" as const, decoding: "async" as const };
  return (
    <picture>
      {image.sources
        .filter((s) => s.format !== "jpeg")
        .map((s) => (
          <source key={s.format} type={mimeTypes[s.format]} srcSet={s.srcSet} sizes={sizes} />
        ))}
      <img
        src={image.fallback}
        srcSet={jpeg?.srcSet}
        sizes={jpeg ? sizes : undefined}
        width={image.width}
        height={image.height}
        alt={alt}
        {...loadingHints}
        className={`h-auto w-full bg-stone-200 dark:bg-stone-800 ${className}`}
      />
    </picture>
  );
}
