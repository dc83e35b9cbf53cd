// The placing step's canvas: the wall photo and its prints in perspective. A drag moves a print in
// wall inches (so perspective follows it), the corner handle or a pinch resizes it to sold sizes.
// Konva is driven directly rather than through react-konva: its reconciler would share React's
// scheduler with every page and split it out of their common chunk, costing each page half a KB.
import Konva from "konva";
import { useEffect, useRef, useState } from "react";
import { photoToWall, rectInPhoto, snapDraggedPrint, type Point, type WallPlane } from "~/shared/wall";
import { photoOfVariant, type EditorAction } from "./editor-reducer";
import type { EditorState } from "./editor-types";
import { cacheRestingShapes, syncPrintShapes, type PrintShapes } from "./print-shapes";

type Gesture = { kind: "move"; id: string; grab: Point } | { kind: "resize"; id: string } | { kind: "pinch"; id: string; startWidth: number; startDistance: number };
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
  const konva = useRef<{ stage: Konva.Stage; background: Konva.Image; prints: Konva.Layer } | null>(null);
  const [width, setWidth] = useState(0);
  const gesture = useRef<Gesture | null>(null);
  const shapes = useRef<PrintShapes>(new Map());
  const handle = useRef<Konva.Circle | null>(null);
  const drawnBackground = useRef("");
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
    const prints = new Konva.Layer();
    stage.add(backgroundLayer, prints);
    konva.current = { stage, background, prints };
    const printShapes = shapes.current;
    listen(stage, latest, gesture, () => {
      cacheRestingShapes(printShapes);
      prints.batchDraw();
    });
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => {
      observer.disconnect();
      stage.destroy();
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
    const wallImage = images.get(wall.imageUrl);
    k.background.image(wallImage?.complete ? wallImage : undefined);
    const drawings = state.prints.map((print) => {
      const url = photoOfVariant(state, print.variantId)?.photo.imageUrl;
      const image = url ? images.get(url) ?? null : null;
      return { plane, print, image: image?.complete ? image : null, pixelScale: scale, selected: print.id === state.selectedId };
    });
    syncPrintShapes(k.prints, shapes.current, drawings, (print) => startMove(print.id));
    handle.current?.destroy();
    handle.current = null;
    const selected = state.prints.find((p) => p.id === state.selectedId);
    if (selected) {
      const corner = rectInPhoto(plane, selected)[2];
      handle.current = new Konva.Circle({ x: corner.x, y: corner.y, radius: HANDLE_RADIUS_PX / scale, fill: "rgba(13,148,136,0.9)", stroke: "white", strokeWidth: 2 / scale, hitStrokeWidth: HANDLE_HIT_STROKE_PX / scale });
      handle.current.on("pointerdown", () => {
        props.dispatch({ type: "checkpoint" });
        gesture.current = { kind: "resize", id: selected.id };
      });
      k.prints.add(handle.current);
    }
    if (!gesture.current) cacheRestingShapes(shapes.current);
    const backgroundKey = `${width}:${k.background.image() ? 1 : 0}`;
    if (backgroundKey !== drawnBackground.current) {
      drawnBackground.current = backgroundKey;
      k.background.getLayer()?.batchDraw();
    }
    k.prints.batchDraw();
  });

  function startMove(id: string) {
    const { state: current, dispatch } = latest.current;
    const print = current.prints.find((p) => p.id === id);
    const at = pointerOnWall(konva.current!.stage, latest.current);
    dispatch({ type: "select", id });
    dispatch({ type: "checkpoint" });
    if (print && at) gesture.current = { kind: "move", id, grab: { x: at.x - print.x, y: at.y - print.y } };
  }

  return <div ref={box} className="w-full touch-none" />;
}

function pointerOnWall(stage: Konva.Stage, { state, plane }: Props): Point | null {
  const p = stage.getPointerPosition();
  const scale = stage.width() / state.wall!.width;
  return p ? photoToWall(plane, { x: p.x / scale, y: p.y / scale }) : null;
}

function listen(stage: Konva.Stage, latest: { current: Props }, gesture: { current: Gesture | null }, rest: () => void) {
  const end = () => {
    if (!gesture.current) return;
    gesture.current = null;
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
      dispatch({ type: "move-print", id: print.id, x: snapped.x, y: snapped.y, record: false });
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
