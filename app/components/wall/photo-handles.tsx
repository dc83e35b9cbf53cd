// Handles over the wall photo (the wall's corners, a door line, a sheet's corners): each a 44 px
// target that drags, or moves with the arrow keys; on touch a magnifier above the finger shows
// the point the finger hides.
import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { Point } from "~/shared/wall";
import type { WallImage } from "./editor-types";

const ZOOM = 3;
const LENS_PX = 112;

type Props = {
  wall: WallImage;
  points: readonly Point[];
  /** what each handle marks, for its accessible name */
  names: readonly string[];
  /** a closed outline for four points, a line for two */
  colour: string;
  onStart: () => void;
  onMove: (index: number, point: Point, record: boolean) => void;
};

export function PhotoHandles({ wall, points, names, colour, onStart, onMove }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const [lens, setLens] = useState<{ x: number; y: number } | null>(null);
  const clamp = (p: Point) => ({ x: Math.min(Math.max(p.x, 0), wall.width), y: Math.min(Math.max(p.y, 0), wall.height) });

  const handlers = (index: number) => ({
    onPointerDown(event: PointerEvent<HTMLButtonElement>) {
      event.currentTarget.setPointerCapture(event.pointerId);
      onStart();
    },
    onPointerMove(event: PointerEvent<HTMLButtonElement>) {
      if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
      const rect = frame.current!.getBoundingClientRect();
      const fx = Math.min(Math.max((event.clientX - rect.left) / rect.width, 0), 1);
      const fy = Math.min(Math.max((event.clientY - rect.top) / rect.height, 0), 1);
      onMove(index, { x: fx * wall.width, y: fy * wall.height }, false);
      if (event.pointerType === "touch") setLens({ x: fx, y: fy });
    },
    onPointerUp: () => setLens(null),
    onPointerCancel: () => setLens(null),
    onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
      const step = (event.shiftKey ? 0.05 : 0.01) * wall.width;
      const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      onMove(index, clamp({ x: points[index]!.x + move[0], y: points[index]!.y + move[1] }), true);
    },
  });

  const path = points.map((c) => `${c.x},${c.y}`).join(" ");
  const lensWidth = frame.current?.clientWidth ?? 0;
  return (
    <div ref={frame} className="relative touch-none select-none">
      <img src={wall.imageUrl} alt="Your wall" width={wall.width} height={wall.height} className="block h-auto w-full" draggable={false} />
      <svg viewBox={`0 0 ${wall.width} ${wall.height}`} className="pointer-events-none absolute inset-0 h-full w-full" aria-hidden="true">
        {points.length > 2 ? <polygon points={path} fill={`${colour}26`} stroke={colour} strokeWidth={wall.width / 300} /> : <polyline points={path} fill="none" stroke={colour} strokeWidth={wall.width / 250} />}
      </svg>
      {points.map((c, i) => (
        <button
          key={names[i]}
          type="button"
          aria-label={`Move the ${names[i]} (arrow keys)`}
          className="absolute flex h-11 w-11 -translate-x-1/2 -translate-y-1/2 cursor-grab items-center justify-center rounded-full focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2"
          style={{ left: `${(c.x / wall.width) * 100}%`, top: `${(c.y / wall.height) * 100}%` }}
          {...handlers(i)}
        >
          <span className="block h-5 w-5 rounded-full border-2 border-white shadow" style={{ backgroundColor: colour }} />
        </button>
      ))}
      {lens ? (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute rounded-full border-2 border-white shadow-lg"
          style={{
            width: LENS_PX,
            height: LENS_PX,
            left: `calc(${lens.x * 100}% - ${LENS_PX / 2}px)`,
            top: `calc(${lens.y * 100}% - ${LENS_PX * 1.4}px)`,
            backgroundImage: `url(${wall.imageUrl})`,
            backgroundRepeat: "no-repeat",
            backgroundSize: `${lensWidth * ZOOM}px auto`,
            // The touched point sits in the lens's centre.
            backgroundPosition: `${LENS_PX / 2 - lens.x * lensWidth * ZOOM}px ${LENS_PX / 2 - lens.y * (lensWidth * ZOOM * wall.height) / wall.width}px`,
          }}
        />
      ) : null}
    </div>
  );
}
