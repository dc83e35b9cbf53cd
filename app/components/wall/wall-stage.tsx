// The placing step's canvas: the wall photo and its prints in perspective. A drag moves a print in
// wall inches (so perspective follows it), the corner handle or a pinch resizes it to sold sizes.
import type Konva from "konva";
import { useEffect, useRef, useState } from "react";
import { Circle, Image as KonvaImage, Layer, Stage } from "react-konva";
import { photoToWall, rectInPhoto, snapDraggedPrint, type PlacedPrint, type Point, type WallPlane } from "~/shared/wall";
import type { EditorAction } from "./editor-reducer";
import { photoOfVariant } from "./editor-reducer";
import type { EditorState } from "./editor-types";
import { PerspectivePrint } from "./perspective-print";
import { PrintImage } from "./print-image";
import { useImage } from "./use-image";

type Gesture = { kind: "move"; id: string; grab: Point } | { kind: "resize"; id: string } | { kind: "pinch"; id: string; startWidth: number; startDistance: number };

/** A handle a finger can hit (44 px across on screen) that hides little of a small print. */
const HANDLE_RADIUS_PX = 9;
const HANDLE_HIT_STROKE_PX = 26;

export function WallStage({ state, plane, dispatch }: { state: EditorState; plane: WallPlane; dispatch: (action: EditorAction) => void }) {
  const wall = state.wall!;
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const gesture = useRef<Gesture | null>(null);
  const wallImage = useImage(wall.imageUrl);

  useEffect(() => {
    const element = box.current!;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);

  const scale = width / wall.width;
  const pointerOnWall = (stage: Konva.Stage | null): Point | null => {
    const p = stage?.getPointerPosition();
    return p ? photoToWall(plane, { x: p.x / scale, y: p.y / scale }) : null;
  };
  const selected = state.prints.find((p) => p.id === state.selectedId) ?? null;

  function startMove(print: PlacedPrint, event: Konva.KonvaEventObject<PointerEvent>) {
    const at = pointerOnWall(event.target.getStage());
    dispatch({ type: "select", id: print.id });
    dispatch({ type: "checkpoint" });
    if (at) gesture.current = { kind: "move", id: print.id, grab: { x: at.x - print.x, y: at.y - print.y } };
  }

  function onPointerMove(event: Konva.KonvaEventObject<PointerEvent>) {
    const current = gesture.current;
    const at = pointerOnWall(event.target.getStage());
    const print = state.prints.find((p) => p.id === current?.id);
    if (!current || !at || !print) return;
    if (current.kind === "move") {
      const others = state.prints.filter((p) => p.id !== print.id);
      const snapped = snapDraggedPrint({ ...print, x: at.x - current.grab.x, y: at.y - current.grab.y }, others);
      dispatch({ type: "move-print", id: print.id, x: snapped.x, y: snapped.y, record: false });
    } else if (current.kind === "resize") {
      const aspect = print.width / print.height;
      dispatch({ type: "resize-print", id: print.id, requestedWidthIn: Math.max(at.x - print.x, (at.y - print.y) * aspect), record: false });
    }
  }

  function onTouchMove(event: Konva.KonvaEventObject<TouchEvent>) {
    const touches = event.evt.touches;
    if (touches.length !== 2 || !selected) return;
    event.evt.preventDefault();
    const distance = Math.hypot(touches[0]!.clientX - touches[1]!.clientX, touches[0]!.clientY - touches[1]!.clientY);
    const current = gesture.current;
    if (current?.kind !== "pinch") {
      gesture.current = { kind: "pinch", id: selected.id, startWidth: selected.width, startDistance: distance };
      return;
    }
    dispatch({ type: "resize-print", id: current.id, requestedWidthIn: (current.startWidth * distance) / current.startDistance, record: false });
  }

  const handleAt = selected ? rectInPhoto(plane, selected)[2] : null;
  return (
    <div ref={box} className="w-full touch-none">
      {width > 0 ? (
        <Stage
          width={width}
          height={wall.height * scale}
          onPointerMove={onPointerMove}
          onPointerUp={() => (gesture.current = null)}
          onPointerLeave={() => (gesture.current = null)}
          onTouchMove={onTouchMove}
          onTouchEnd={() => (gesture.current = null)}
        >
          <Layer scaleX={scale} scaleY={scale} listening={false}>
            {wallImage ? <KonvaImage image={wallImage} width={wall.width} height={wall.height} /> : null}
          </Layer>
          <Layer scaleX={scale} scaleY={scale}>
            {state.prints.map((print) => (
              <PrintImage key={print.id} url={photoOfVariant(state, print.variantId)?.photo.imageUrl ?? null}>
                {(image) => <PerspectivePrint plane={plane} print={print} image={image} pixelScale={scale} selected={print.id === state.selectedId} onPointerDown={(event) => startMove(print, event)} />}
              </PrintImage>
            ))}
            {handleAt && selected ? (
              <Circle
                x={handleAt.x}
                y={handleAt.y}
                radius={HANDLE_RADIUS_PX / scale}
                fill="rgba(13,148,136,0.85)"
                stroke="white"
                strokeWidth={2 / scale}
                hitStrokeWidth={HANDLE_HIT_STROKE_PX / scale}
                onPointerDown={() => {
                  dispatch({ type: "checkpoint" });
                  gesture.current = { kind: "resize", id: selected.id };
                }}
              />
            ) : null}
          </Layer>
        </Stage>
      ) : null}
    </div>
  );
}

