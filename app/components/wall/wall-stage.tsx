// The placing step's canvas: the wall photo and its prints in perspective. A drag moves a print in
// wall inches (so perspective follows it), the corner handle or a pinch resizes it to sold sizes.
// Konva is driven directly rather than through react-konva: its reconciler would share React's
// scheduler with every page and split it out of their common chunk, costing each page half a KB.
import Konva from "konva";
import { useEffect, useRef, useState } from "react";
import { EYE_LEVEL_IN, photoToWall, rectInPhoto, snapDraggedPrint, wallToPhoto, type Point, type WallPlane } from "~/shared/wall";
import { photoOfVariant, type EditorAction } from "./editor-reducer";
import type { EditorState } from "./editor-types";
import { movingPrintOverlay, type MovingPrint } from "./moving-print";
import { cacheRestingShapes, syncPrintShapes, type PrintShapes } from "./print-shapes";

/** A move keeps where the print is (`at`) out of React until it ends: one render a gesture, not one a pointer event. */
type Gesture = { kind: "move"; id: string; grab: Point; at: Point | null } | { kind: "resize"; id: string } | { kind: "pinch"; id: string; startWidth: number; startDistance: number };
type Props = { state: EditorState; plane: WallPlane; dispatch: (action: EditorAction) => void };

/** A handle a finger can hit (44 px across on screen) that hides little of a small print. */
const HANDLE_RADIUS_PX = 9;
const HANDLE_HIT_STROKE_PX = 26;

function useImages(urls: string[]): Map<string, HTMLImageElement> {
  const cache = useRef(new Map<string, HTMLImageElement>());
  const [, loaded] = useState(0);
  for (const url of urls) {
    if (cache.current.has(url)) continue;
    const image = new window.Image();
    image.onload = () => loaded((n) => n + 1);
    image.src = url;
    cache.current.set(url, image);
  }
  return cache.current;
}

export function WallStage(props: Props) {
  const { state, plane } = props;
  const wall = state.wall!;
  const box = useRef<HTMLDivElement>(null);
  const konva = useRef<{ stage: Konva.Stage; background: Konva.Image; guides: Konva.Layer; prints: Konva.Layer; drag: Konva.Layer } | null>(null);
  const [width, setWidth] = useState(0);
  // Bumped when a gesture ends, so the print drawn coarsely while it moved is drawn finely again.
  const [, settle] = useState(0);
  const gesture = useRef<Gesture | null>(null);
  const shapes = useRef<PrintShapes>(new Map());
  const handle = useRef<Konva.Circle | null>(null);
  const overlay = useRef<MovingPrint | null>(null);
  const drawnBackground = useRef("");
  /** which print the print layer was last drawn without (null: drawn at rest) */
  const drawnWithout = useRef<string | null | undefined>(undefined);
  const latest = useRef(props);
  latest.current = props;
  const images = useImages([wall.imageUrl, ...state.prints.map((p) => photoOfVariant(state, p.variantId)?.photo.imageUrl ?? "").filter(Boolean)]);
  const scale = width / wall.width;

  useEffect(() => {
    const element = box.current!;
    const stage = new Konva.Stage({ container: element, width: element.clientWidth, height: 1 });
    const backgroundLayer = new Konva.Layer({ listening: false });
    const background = new Konva.Image({ image: undefined, width: wall.width, height: wall.height });
    backgroundLayer.add(background);
    const guides = new Konva.Layer({ listening: false });
    const prints = new Konva.Layer();
    const drag = new Konva.Layer({ listening: false });
    // The print under a finger is drawn at half resolution while it moves, sharp again once it rests.
    drag.getCanvas().setPixelRatio(window.devicePixelRatio / 2);
    stage.add(backgroundLayer, guides, prints, drag);
    konva.current = { stage, background, guides, prints, drag };
    overlay.current = movingPrintOverlay(element);
    const printShapes = shapes.current;
    listen(stage, latest, gesture, overlay, () => {
      cacheRestingShapes(printShapes);
      prints.batchDraw();
      settle((n) => n + 1);
    });
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => {
      observer.disconnect();
      stage.destroy();
      overlay.current?.destroy();
      overlay.current = null;
      konva.current = null;
      printShapes.clear();
      handle.current = null;
    };
  }, [wall.width, wall.height]);

  useEffect(() => {
    const k = konva.current;
    if (!k || width === 0) return;
    k.stage.size({ width, height: wall.height * scale });
    for (const layer of k.stage.getLayers()) layer.scale({ x: scale, y: scale });
    const current = gesture.current;
    const resizing = current && current.kind !== "move" ? current.id : null;
    const lifted = current?.kind === "move" ? current.id : null;
    const moving = current?.id ?? null;
    const wallImage = images.get(wall.imageUrl);
    k.background.image(wallImage?.complete ? wallImage : undefined);
    const drawings = state.prints.map((print) => {
      const url = photoOfVariant(state, print.variantId)?.photo.imageUrl;
      const image = url ? images.get(url) ?? null : null;
      return { plane, print, image: image?.complete ? image : null, pixelScale: scale, selected: print.id === state.selectedId, moving: print.id === resizing };
    });
    syncPrintShapes(k.prints, shapes.current, drawings, (print) => startMove(print.id));
    // While a print is resized, it (and its handle) is alone on the drag layer: each change redraws
    // that layer only. While it moves, the overlay shows it and no canvas is redrawn at all.
    for (const [id, { shape }] of shapes.current) {
      shape.moveTo(id === resizing ? k.drag : k.prints);
      shape.visible(id !== lifted);
    }
    // Nothing under a moving print needs hit-testing: the stage follows the pointer.
    k.prints.listening(lifted === null);
    const liftedDrawing = drawings.find((d) => d.print.id === lifted);
    if (liftedDrawing && !overlay.current!.lifted()) overlay.current!.lift(liftedDrawing, liftedDrawing.selected);
    handle.current?.destroy();
    handle.current = null;
    const selected = state.prints.find((p) => p.id === state.selectedId);
    if (selected && selected.id !== lifted) {
      const corner = rectInPhoto(plane, selected)[2];
      handle.current = new Konva.Circle({ x: corner.x, y: corner.y, radius: HANDLE_RADIUS_PX / scale, fill: "rgba(13,148,136,0.9)", stroke: "white", strokeWidth: 2 / scale, hitStrokeWidth: HANDLE_HIT_STROKE_PX / scale });
      handle.current.on("pointerdown", () => {
        props.dispatch({ type: "checkpoint" });
        gesture.current = { kind: "resize", id: selected.id };
      });
      (selected.id === resizing ? k.drag : k.prints).add(handle.current);
    }
    if (!gesture.current) cacheRestingShapes(shapes.current);
    const backgroundKey = `${width}:${k.background.image() ? 1 : 0}:${state.floorY}:${JSON.stringify(plane.wallToPhoto)}`;
    if (backgroundKey !== drawnBackground.current) {
      drawnBackground.current = backgroundKey;
      drawEyeLevel(k.guides, plane, state.floorY, scale);
      k.background.getLayer()?.batchDraw();
      k.guides.batchDraw();
    }
    if (!lifted && overlay.current!.lifted()) {
      // The dropped print is drawn in its place before the overlay goes, in the same frame.
      drawnWithout.current = null;
      k.prints.draw();
      overlay.current!.drop();
    } else if (moving === null || drawnWithout.current !== moving) {
      drawnWithout.current = moving;
      k.prints.batchDraw();
    }
    k.drag.batchDraw();
  });

  function startMove(id: string) {
    const { state: current, dispatch } = latest.current;
    const print = current.prints.find((p) => p.id === id);
    const at = pointerOnWall(konva.current!.stage, latest.current);
    dispatch({ type: "select", id });
    dispatch({ type: "checkpoint" });
    if (print && at) gesture.current = { kind: "move", id, grab: { x: at.x - print.x, y: at.y - print.y }, at: null };
  }

  return <div ref={box} className="relative w-full touch-none" />;
}

/** A dashed line across the wall 57 in above the marked floor: where a picture's centre hangs. */
function drawEyeLevel(layer: Konva.Layer, plane: WallPlane, floorY: number | null, scale: number) {
  layer.destroyChildren();
  if (floorY === null || scale === 0) return;
  const y = floorY - EYE_LEVEL_IN;
  const [left, right] = [wallToPhoto(plane, { x: 0, y }), wallToPhoto(plane, { x: plane.widthIn, y })];
  const colour = "rgba(124,58,237,0.85)";
  layer.add(new Konva.Line({ points: [left.x, left.y, right.x, right.y], stroke: colour, strokeWidth: 2 / scale, dash: [8 / scale, 6 / scale] }));
  layer.add(new Konva.Text({ x: left.x + 6 / scale, y: left.y - 18 / scale, text: "Eye level · 57 in", fontSize: 13 / scale, fill: colour, fontStyle: "bold" }));
}

function pointerOnWall(stage: Konva.Stage, { state, plane }: Props): Point | null {
  const p = stage.getPointerPosition();
  const scale = stage.width() / state.wall!.width;
  return p ? photoToWall(plane, { x: p.x / scale, y: p.y / scale }) : null;
}

function listen(stage: Konva.Stage, latest: { current: Props }, gesture: { current: Gesture | null }, overlay: { current: MovingPrint | null }, rest: () => void) {
  const end = () => {
    const ended = gesture.current;
    if (!ended) return;
    gesture.current = null;
    if (ended.kind === "move" && ended.at) latest.current.dispatch({ type: "move-print", id: ended.id, x: ended.at.x, y: ended.at.y, record: false });
    rest();
  };
  stage.on("pointerup pointerleave pointercancel touchend", end);
  stage.on("pointermove", () => {
    const { state, dispatch } = latest.current;
    const current = gesture.current;
    const print = state.prints.find((p) => p.id === current?.id);
    const at = pointerOnWall(stage, latest.current);
    if (!current || !print || !at) return;
    if (current.kind === "move") {
      const snapped = snapDraggedPrint({ ...print, x: at.x - current.grab.x, y: at.y - current.grab.y }, state.prints.filter((p) => p.id !== print.id));
      current.at = { x: snapped.x, y: snapped.y };
      overlay.current?.moveTo(snapped.x, snapped.y);
    } else if (current.kind === "resize") {
      const aspect = print.width / print.height;
      dispatch({ type: "resize-print", id: print.id, requestedWidthIn: Math.max(at.x - print.x, (at.y - print.y) * aspect), record: false });
    }
  });
  stage.on("touchmove", (event) => {
    const touches = (event.evt as TouchEvent).touches;
    const { state, dispatch } = latest.current;
    const selected = state.prints.find((p) => p.id === state.selectedId);
    if (touches.length !== 2 || !selected) return;
    event.evt.preventDefault();
    const distance = Math.hypot(touches[0]!.clientX - touches[1]!.clientX, touches[0]!.clientY - touches[1]!.clientY);
    const current = gesture.current;
    if (current?.kind !== "pinch") {
      dispatch({ type: "checkpoint" });
      gesture.current = { kind: "pinch", id: selected.id, startWidth: selected.width, startDistance: distance };
      return;
    }
    dispatch({ type: "resize-print", id: current.id, requestedWidthIn: (current.startWidth * distance) / current.startDistance, record: false });
  });
}
