// Step 2: four corner handles over the photo mark a rectangle flat on the wall; on touch a
// magnifier above the finger shows the corner the finger hides.
import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { Quad } from "~/shared/wall";
import type { EditorAction } from "./editor-reducer";
import type { WallImage } from "./editor-types";

const NAMES = ["top left", "top right", "bottom right", "bottom left"] as const;
const ZOOM = 3;
const LENS_PX = 112;

type Dispatch = (action: EditorAction) => void;

export function StepCorners({ wall, corners, dispatch }: { wall: WallImage; corners: Quad; dispatch: Dispatch }) {
  const frame = useRef<HTMLDivElement>(null);
  const [lens, setLens] = useState<{ x: number; y: number } | null>(null);

  const toPhoto = (event: PointerEvent) => {
    const rect = frame.current!.getBoundingClientRect();
    const fx = Math.min(Math.max((event.clientX - rect.left) / rect.width, 0), 1);
    const fy = Math.min(Math.max((event.clientY - rect.top) / rect.height, 0), 1);
    return { x: fx * wall.width, y: fy * wall.height, fx, fy };
  };

  const handlers = (index: 0 | 1 | 2 | 3) => ({
    onPointerDown(event: PointerEvent<HTMLButtonElement>) {
      event.currentTarget.setPointerCapture(event.pointerId);
      dispatch({ type: "checkpoint" });
    },
    onPointerMove(event: PointerEvent<HTMLButtonElement>) {
      if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
      const p = toPhoto(event);
      dispatch({ type: "move-corner", index, x: p.x, y: p.y, record: false });
      if (event.pointerType === "touch") setLens({ x: p.fx, y: p.fy });
    },
    onPointerUp() {
      setLens(null);
    },
    onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
      const step = (event.shiftKey ? 0.05 : 0.01) * wall.width;
      const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      const c = corners[index];
      dispatch({ type: "move-corner", index, x: Math.min(Math.max(c.x + move[0], 0), wall.width), y: Math.min(Math.max(c.y + move[1], 0), wall.height), record: true });
    },
  });

  const points = corners.map((c) => `${c.x},${c.y}`).join(" ");
  return (
    <div>
      <p className="mb-3 text-stone-700 dark:text-stone-300">Drag the four corners onto something flat and rectangular on the wall: a frame, a window, a panel, or the wall itself.</p>
      <div ref={frame} className="relative touch-none select-none">
        <img src={wall.imageUrl} alt="Your wall" width={wall.width} height={wall.height} className="block h-auto w-full" draggable={false} />
        <svg viewBox={`0 0 ${wall.width} ${wall.height}`} className="pointer-events-none absolute inset-0 h-full w-full" aria-hidden="true">
          <polygon points={points} fill="rgba(20,184,166,0.15)" stroke="#0d9488" strokeWidth={wall.width / 300} />
        </svg>
        {corners.map((c, i) => (
          <button
            key={NAMES[i]}
            type="button"
            aria-label={`Move the ${NAMES[i]} corner (arrow keys)`}
            className="absolute flex h-11 w-11 -translate-x-1/2 -translate-y-1/2 cursor-grab items-center justify-center rounded-full focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2"
            style={{ left: `${(c.x / wall.width) * 100}%`, top: `${(c.y / wall.height) * 100}%` }}
            {...handlers(i as 0 | 1 | 2 | 3)}
          >
            <span className="block h-5 w-5 rounded-full border-2 border-white bg-teal-700 shadow" />
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
              backgroundSize: `${ZOOM * 100 * (frame.current?.clientWidth ?? 0) / LENS_PX}% auto`,
              backgroundPosition: `${lens.x * 100}% ${lens.y * 100}%`,
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
