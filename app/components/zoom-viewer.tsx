// The full-screen viewer behind the photo page's zoom link, loaded on the first click: + and −
// zoom, arrow keys pan, Escape closes and focus returns to the photo.
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { ImageSet } from "../../server/catalog/images";
import { Icon } from "./icon";
import { ResponsivePicture } from "./responsive-picture";

const MIN_SCALE = 1;
const MAX_SCALE = 4;
const PAN_STEP_PX = 80;

const toolButton =
  "rounded-full bg-white/90 p-2 text-stone-900 hover:bg-white disabled:opacity-40 dark:bg-stone-800/90 dark:text-stone-100 dark:hover:bg-stone-700";

/** `openCount` grows with every click on the photo: each one opens the viewer at 2×. */
export function ZoomViewer({ image, alt, aspectRatio, openCount }: { image: ImageSet; alt: string; aspectRatio: number; openCount: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(MIN_SCALE);

  useEffect(() => {
    if (openCount === 0) return;
    setScale(2);
    dialog.current?.showModal();
    viewport.current?.focus();
  }, [openCount]);

  const zoomBy = (delta: number) => setScale((s) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s + delta)));

  function handleKeys(event: KeyboardEvent<HTMLDivElement>) {
    const pan: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (event.key === "+" || event.key === "=") zoomBy(1);
    else if (event.key === "-" || event.key === "_") zoomBy(-1);
    else if (pan[event.key]) {
      const [x, y] = pan[event.key]!;
      viewport.current?.scrollBy({ left: x * PAN_STEP_PX, top: y * PAN_STEP_PX });
    } else return;
    event.preventDefault();
  }

  return (
    <dialog
      ref={dialog}
      aria-label={`${alt}, zoomed`}
      onClose={() => setScale(MIN_SCALE)}
      className="dark m-0 h-full max-h-none w-full max-w-none bg-stone-950 p-0 text-stone-100 backdrop:bg-black/80 open:flex open:flex-col"
    >
      <div className="flex items-center justify-end gap-2 p-3">
        <p className="mr-auto text-sm text-stone-300">Use + and − to zoom, arrow keys to move, Escape to close.</p>
        <button type="button" onClick={() => zoomBy(-1)} disabled={scale <= MIN_SCALE} aria-label="Zoom out" className={toolButton}>
          <Icon name="zoomOut" />
        </button>
        <button type="button" onClick={() => zoomBy(1)} disabled={scale >= MAX_SCALE} aria-label="Zoom in" className={toolButton}>
          <Icon name="zoomIn" />
        </button>
        <button type="button" onClick={() => dialog.current?.close()} aria-label="Close zoom" className={toolButton}>
          <Icon name="close" />
        </button>
      </div>
      {/* A focusable scroll area, so the keyboard can pan a zoomed image as well as a mouse can. */}
      <div ref={viewport} tabIndex={0} role="region" aria-label="Zoomed photo" onKeyDown={handleKeys} className="flex-1 overflow-auto focus-visible:outline-offset-[-4px]">
        <div style={{ width: `${scale * 100}%` }} className="mx-auto">
          <ResponsivePicture image={image} alt={alt} sizes={`${scale * 100}vw`} aspectRatio={aspectRatio} />
        </div>
      </div>
    </dialog>
  );
}
