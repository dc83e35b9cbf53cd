// The photo page's main image. Without JavaScript it links to the zoom copy's JPEG; with it, the
// first click loads the full-screen viewer (most visits never zoom, so it is not in the page's
// initial JavaScript or HTML) and every click opens it.
import { lazy, Suspense, useState, type MouseEvent } from "react";
import type { ImageSet, ZoomImage } from "../../server/catalog/images";
import { Icon } from "./icon";
import { ResponsivePicture } from "./responsive-picture";

const ZoomViewer = lazy(() => import("./zoom-viewer").then((m) => ({ default: m.ZoomViewer })));

export function PhotoZoom({ image, zoom, alt, aspectRatio }: { image: ImageSet | null; zoom: ZoomImage | null; alt: string; aspectRatio: number }) {
  const [openCount, setOpenCount] = useState(0);
  // Capped at 80% of the viewport's height, so a portrait print is seen whole next to its price.
  const picture = (
    <div className="mx-auto" style={{ maxWidth: `calc(80vh * ${aspectRatio})` }}>
      <ResponsivePicture image={image} alt={alt} sizes="(min-width: 1024px) 640px, 94vw" priority aspectRatio={aspectRatio} className="rounded-lg" />
    </div>
  );
  if (!image) return picture;

  function open(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    setOpenCount((n) => n + 1);
  }

  return (
    <>
      <a href={zoom?.jpeg ?? image.src} onClick={open} aria-label={`Zoom in on ${alt}`} className="group relative block cursor-zoom-in rounded-lg">
        {picture}
        <span aria-hidden="true" className="absolute bottom-3 right-3 flex items-center gap-1 rounded-full bg-white/90 px-3 py-1.5 text-sm text-stone-900 shadow dark:bg-stone-900/90 dark:text-stone-100">
          <Icon name="zoomIn" className="h-4 w-4" /> Zoom
        </span>
      </a>
      {openCount > 0 ? (
        <Suspense fallback={null}>
          <ZoomViewer image={image} zoom={zoom} alt={alt} aspectRatio={aspectRatio} openCount={openCount} />
        </Suspense>
      ) : null}
    </>
  );
}
