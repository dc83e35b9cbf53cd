// Keeps the canvas's print shapes in step with the scene: a print that did not change keeps its
// shape, cached as a bitmap once no gesture is running, so dragging one print redraws only that one.
import type Konva from "konva";
import { rectInPhoto, type PlacedPrint, type Rect } from "~/shared/wall";
import { perspectivePrintShape, type PrintDrawing } from "./perspective-print";

type Entry = { key: string; shape: Konva.Shape; bounds: Rect };
export type PrintShapes = Map<string, Entry>;

/** The print's outline in photo pixels, with room for its shadow and a canvas's edge. */
function boundsOf(drawing: PrintDrawing): Rect {
  const outline = rectInPhoto(drawing.plane, { ...drawing.print, width: drawing.print.width + 1, height: drawing.print.height + 1 });
  const xs = outline.map((p) => p.x);
  const ys = outline.map((p) => p.y);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  const [width, height] = [Math.max(...xs) - x, Math.max(...ys) - y];
  const pad = Math.max(width, height) * 0.12 + 4 / drawing.pixelScale;
  return { x: x - pad, y: y - pad, width: width + 2 * pad, height: height + 2 * pad };
}

export function syncPrintShapes(layer: Konva.Layer, shapes: PrintShapes, drawings: PrintDrawing[], onPointerDown: (print: PlacedPrint) => void): void {
  const seen = new Set<string>();
  for (const drawing of drawings) {
    const { print } = drawing;
    const key = JSON.stringify([print, drawing.image ? drawing.image.src : null, drawing.pixelScale, drawing.selected, drawing.moving, drawing.plane.wallToPhoto]);
    let entry = shapes.get(print.id);
    if (!entry || entry.key !== key) {
      entry?.shape.destroy();
      const shape = perspectivePrintShape(drawing);
      shape.on("pointerdown", () => onPointerDown(print));
      entry = { key, shape, bounds: boundsOf(drawing) };
      shapes.set(print.id, entry);
      layer.add(shape);
    }
    // Later prints hang in front, as they are listed.
    entry.shape.moveToTop();
    seen.add(print.id);
  }
  for (const [id, entry] of shapes) {
    if (seen.has(id)) continue;
    entry.shape.destroy();
    shapes.delete(id);
  }
}

/** Caches every shape drawn since the last rest; called when no gesture is running. */
export function cacheRestingShapes(shapes: PrintShapes): void {
  for (const { shape, bounds } of shapes.values()) {
    if (!shape.isCached()) shape.cache(bounds);
  }
}
