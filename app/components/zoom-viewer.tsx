// The full-screen viewer behind the photo page's zoom link, loaded on the first click. It opens
// with the whole photo fitted to the screen and shows the 3000 px zoom copy, so zooming in shows
// the print's detail. A click, a double tap or a pinch zooms at that point; a drag moves; the
// wheel zooms at the pointer; + and − zoom, arrow keys move, Escape closes and focus returns to
// the photo. The hint names only the gestures of the input in hand.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type WheelEvent } from "react";
import type { ImageSet, ZoomImage } from "../../server/catalog/images";
import { Icon } from "./icon";

const PAN_STEP_PX = 80;
/** A tap or click that moves less than this is not a drag. */
const TAP_SLOP_PX = 8;
const DOUBLE_TAP_MS = 300;
/** How far a click or double tap zooms in, capped by the image's own pixels. */
const TAP_ZOOM = 3;

type View = { scale: number; x: number; y: number };
type Point = { x: number; y: number };
type Size = { width: number; height: number };

const toolButton =
  "rounded-full bg-white/90 p-2.5 text-stone-900 hover:bg-white disabled:opacity-40 dark:bg-stone-800/90 dark:text-stone-100 dark:hover:bg-stone-700";

/** The photo's size on screen at scale 1: as large as fits the viewport. */
function fitted(viewport: Size, aspectRatio: number): Size {
  const width = Math.min(viewport.width, viewport.height * aspectRatio);
  return { width, height: width / aspectRatio };
}

/** Keeps the photo centred when it is smaller than the viewport, and its edges on screen when larger. */
function clamp(view: View, viewport: Size, fit: Size): View {
  const axis = (offset: number, shown: number, room: number) => (shown <= room ? (room - shown) / 2 : Math.min(0, Math.max(room - shown, offset)));
  return { scale: view.scale, x: axis(view.x, fit.width * view.scale, viewport.width), y: axis(view.y, fit.height * view.scale, viewport.height) };
}

/** The view at `scale` that keeps the photo's point under `at` where it is. */
function zoomedAt(view: View, at: Point, scale: number): View {
  const k = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** `openCount` grows with every click on the photo: each one opens the viewer, fitted. */
export function ZoomViewer({ image, zoom, alt, aspectRatio, openCount }: { image: ImageSet; zoom: ZoomImage | null; alt: string; aspectRatio: number; openCount: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState<Size>({ width: 0, height: 0 });
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const [touch, setTouch] = useState(false);
  const pointers = useRef(new Map<number, Point>());
  const gesture = useRef<{ start: View; from: Point; gap: number; moved: boolean } | null>(null);
  const lastTap = useRef<{ at: Point; time: number } | null>(null);

  const fit = fitted(room, aspectRatio);
  const maxScale = Math.max(2, (zoom?.width ?? image.width) / Math.max(1, fit.width));
  const show = (next: View) => setView(clamp({ ...next, scale: Math.min(maxScale, Math.max(1, next.scale)) }, room, fit));
  const scaleTo = (scale: number, at: Point = { x: room.width / 2, y: room.height / 2 }) =>
    show(zoomedAt(view, at, Math.min(maxScale, Math.max(1, scale))));

  useEffect(() => {
    if (openCount === 0) return;
    setTouch(window.matchMedia("(pointer: coarse)").matches);
    dialog.current?.showModal();
    viewport.current?.focus();
  }, [openCount]);

  // The viewport's size sets the fitted size; a rotated phone or resized window fits the photo again.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const size = { width: element.clientWidth, height: element.clientHeight };
      setRoom(size);
      setView(clamp({ scale: 1, x: 0, y: 0 }, size, fitted(size, aspectRatio)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [aspectRatio]);

  const pointAt = (event: { clientX: number; clientY: number }): Point => {
    const box = viewport.current!.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  function begin() {
    const [a, b] = [...pointers.current.values()];
    gesture.current = { start: view, from: b ? middle(a!, b) : a!, gap: b ? distance(a!, b) : 0, moved: gesture.current?.moved ?? false };
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, pointAt(event));
    if (pointers.current.size === 1) gesture.current = null;
    begin();
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!pointers.current.has(event.pointerId) || !gesture.current) return;
    pointers.current.set(event.pointerId, pointAt(event));
    const [a, b] = [...pointers.current.values()];
    const { start, from, gap } = gesture.current;
    const now = b ? middle(a!, b) : a!;
    if (distance(now, from) > TAP_SLOP_PX || b) gesture.current.moved = true;
    if (!gesture.current.moved) return;
    // A pinch scales about the fingers' midpoint and follows it; one finger or the mouse pans.
    const scale = b && gap > 0 ? Math.min(maxScale, Math.max(1, (start.scale * distance(a!, b)) / gap)) : start.scale;
    const zoomed = zoomedAt(start, from, scale);
    show({ scale, x: zoomed.x + now.x - from.x, y: zoomed.y + now.y - from.y });
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (!pointers.current.delete(event.pointerId)) return;
    const tapped = gesture.current && !gesture.current.moved && pointers.current.size === 0;
    if (pointers.current.size > 0) begin();
    if (!tapped) return;
    const at = pointAt(event);
    const toggle = () => scaleTo(view.scale > 1 ? 1 : TAP_ZOOM, at);
    if (event.pointerType === "mouse") return toggle();
    const last = lastTap.current;
    if (last && event.timeStamp - last.time < DOUBLE_TAP_MS && distance(last.at, at) < TAP_SLOP_PX * 4) {
      lastTap.current = null;
      toggle();
    } else lastTap.current = { at, time: event.timeStamp };
  }

  function onWheel(event: WheelEvent<HTMLDivElement>) {
    scaleTo(view.scale * Math.exp(-event.deltaY / 300), pointAt(event));
  }

  function handleKeys(event: KeyboardEvent<HTMLDivElement>) {
    const pan: Record<string, [number, number]> = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (event.key === "+" || event.key === "=") scaleTo(view.scale * 1.5);
    else if (event.key === "-" || event.key === "_") scaleTo(view.scale / 1.5);
    else if (pan[event.key]) {
      const [x, y] = pan[event.key]!;
      show({ ...view, x: view.x + x * PAN_STEP_PX, y: view.y + y * PAN_STEP_PX });
    } else return;
    event.preventDefault();
  }

  return (
    <dialog
      ref={dialog}
      aria-label={`${alt}, zoomed`}
      onClose={() => show({ scale: 1, x: 0, y: 0 })}
      className="dark m-0 h-full max-h-none w-full max-w-none bg-stone-950 p-0 text-stone-100 backdrop:bg-black/80 open:flex open:flex-col"
    >
      <div className="flex items-center justify-end gap-2 p-3">
        <p className="mr-auto text-sm text-stone-300">
          {touch ? "Pinch or double-tap to zoom, drag to look around." : "Click to zoom in where you point, drag to move. Keys: + and − zoom, arrows move, Escape closes."}
        </p>
        {/* The level in words, read out as it changes: a screen reader hears what + and − did. */}
        <output aria-live="polite" aria-label="Zoom level" className="min-w-12 text-right text-sm tabular-nums text-stone-300">
          {Math.round(view.scale * 100)}%
        </output>
        <button type="button" onClick={() => scaleTo(view.scale / 1.5)} disabled={view.scale <= 1} aria-label="Zoom out" className={toolButton}>
          <Icon name="zoomOut" />
        </button>
        <button type="button" onClick={() => scaleTo(view.scale * 1.5)} disabled={view.scale >= maxScale} aria-label="Zoom in" className={toolButton}>
          <Icon name="zoomIn" />
        </button>
        <button type="button" onClick={() => dialog.current?.close()} aria-label="Close zoom" className={toolButton}>
          <Icon name="close" />
        </button>
      </div>
      {/* Focusable, so the keyboard can zoom and move as well as a mouse or fingers can. */}
      <div
        ref={viewport}
        tabIndex={0}
        role="region"
        aria-label="Zoomed photo"
        onKeyDown={handleKeys}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={onWheel}
        className={`relative flex-1 touch-none select-none overflow-hidden focus-visible:outline-offset-[-4px] ${view.scale > 1 ? "cursor-grab" : "cursor-zoom-in"}`}
      >
        <picture>
          {zoom?.avif ? <source type="image/avif" srcSet={zoom.avif} /> : null}
          {/* The page's own copy, already loaded, shows through until the zoom copy arrives. */}
          <img
            src={zoom?.jpeg ?? image.src}
            alt={alt}
            width={zoom?.width ?? image.width}
            height={zoom?.height ?? image.height}
            draggable={false}
            style={{ width: fit.width, height: fit.height, transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`, backgroundImage: `url(${image.fallback})` }}
            className="absolute left-0 top-0 max-w-none origin-top-left bg-cover"
          />
        </picture>
      </div>
    </dialog>
  );
}
