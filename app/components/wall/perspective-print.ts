// One print drawn in perspective: Konva is affine only, so the print's image is cut into the mesh's
// triangles, each clipped and drawn with its own affine transform, with the material's look and a
// soft shadow under it.
import Konva from "konva";
import { printMesh, rectInPhoto, type MeshTriangle, type PlacedPrint, type Point, type Quad, type WallPlane } from "~/shared/wall";

/** Mesh divisions at rest, and while the print moves under a finger (a frame must stay under 16 ms). */
const DIVISIONS = 10;
const MOVING_DIVISIONS = 4;
/** The smallest copy of a photo drawn from, in pixels on its long edge. */
const MIN_SOURCE_PX = 64;
/** Each triangle's clip grows by this much (screen pixels), so neighbours overlap and no seam shows. */
const OVERLAP_PX = 0.75;
/** A paper print's white border, as a share of its shorter side. */
export const PAPER_BORDER = 0.06;
/** How far a canvas's wrapped edge shows beside it, in inches. */
export const CANVAS_DEPTH_IN = 0.75;
/** The shadow's blur and offset as shares of the print's top edge, so a print at rest and one moving look alike. */
export const SHADOW = { colour: "rgba(0,0,0,0.35)", blur: 0.04, offsetX: 0.01, offsetY: 0.02 } as const;

export type PrintDrawing = { plane: WallPlane; print: PlacedPrint; image: HTMLImageElement | null; pixelScale: number; selected: boolean; moving: boolean };

export type Source = { image: CanvasImageSource; width: number; height: number };
const scaledCopies = new WeakMap<HTMLImageElement, Map<number, Source>>();

/**
 * The photo at about the size the print covers on screen (a power of two, made once): each of the
 * mesh's triangles draws the whole source under its clip, and a 1600 px catalogue image drawn 200
 * times a frame is what made dragging slow (docs/performance.md, "Wall editor").
 */
export function sourceFor(image: HTMLImageElement, coveredPx: number): Source {
  const longest = Math.max(image.naturalWidth, image.naturalHeight);
  const wanted = 2 ** Math.ceil(Math.log2(Math.max(MIN_SOURCE_PX, coveredPx)));
  if (wanted >= longest) return { image, width: image.naturalWidth, height: image.naturalHeight };
  let copies = scaledCopies.get(image);
  if (!copies) scaledCopies.set(image, (copies = new Map()));
  let copy = copies.get(wanted);
  if (!copy) {
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round((image.naturalWidth * wanted) / longest));
    canvas.height = Math.max(1, Math.round((image.naturalHeight * wanted) / longest));
    const context = canvas.getContext("2d")!;
    context.imageSmoothingQuality = "high";
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    copy = { image: canvas, width: canvas.width, height: canvas.height };
    copies.set(wanted, copy);
  }
  return copy;
}

function quadPath(ctx: CanvasRenderingContext2D, quad: readonly Point[]) {
  ctx.beginPath();
  ctx.moveTo(quad[0]!.x, quad[0]!.y);
  for (const p of quad.slice(1)) ctx.lineTo(p.x, p.y);
  ctx.closePath();
}

function drawTriangle(ctx: CanvasRenderingContext2D, source: Source, triangle: MeshTriangle, grow: number) {
  const [s0, s1, s2] = triangle.source.map((s) => ({ x: s.x * source.width, y: s.y * source.height }));
  const [t0, t1, t2] = triangle.target;
  const cx = (t0.x + t1.x + t2.x) / 3;
  const cy = (t0.y + t1.y + t2.y) / 3;
  const grown = triangle.target.map((t) => {
    const len = Math.hypot(t.x - cx, t.y - cy) || 1;
    return { x: t.x + ((t.x - cx) / len) * grow, y: t.y + ((t.y - cy) / len) * grow };
  });
  const [u1, u2, v1, v2] = [{ x: s1!.x - s0!.x, y: s1!.y - s0!.y }, { x: s2!.x - s0!.x, y: s2!.y - s0!.y }, { x: t1.x - t0.x, y: t1.y - t0.y }, { x: t2.x - t0.x, y: t2.y - t0.y }];
  const det = u1.x * u2.y - u2.x * u1.y;
  if (det === 0) return;
  const a = (v1.x * u2.y - v2.x * u1.y) / det;
  const b = (v1.y * u2.y - v2.y * u1.y) / det;
  const c = (v2.x * u1.x - v1.x * u2.x) / det;
  const d = (v2.y * u1.x - v1.y * u2.x) / det;
  ctx.save();
  quadPath(ctx, grown);
  ctx.clip();
  // transform, not setTransform: the stage's own scale and pixel ratio stay underneath.
  ctx.transform(a, b, c, d, t0.x - a * s0!.x - c * s0!.y, t0.y - b * s0!.x - d * s0!.y);
  ctx.drawImage(source.image, 0, 0);
  ctx.restore();
}

function inset(print: PlacedPrint, by: number) {
  return { x: print.x + by, y: print.y + by, width: print.width - 2 * by, height: print.height - 2 * by };
}

function drawPrint(ctx: CanvasRenderingContext2D, { plane, print, image, pixelScale, selected, moving }: PrintDrawing) {
  const outline: Quad = rectInPhoto(plane, print);
  const span = Math.hypot(outline[1].x - outline[0].x, outline[1].y - outline[0].y);
  ctx.save();
  ctx.shadowColor = SHADOW.colour;
  ctx.shadowBlur = span * SHADOW.blur;
  ctx.shadowOffsetX = span * SHADOW.offsetX;
  ctx.shadowOffsetY = span * SHADOW.offsetY;
  if (print.material === "canvas") {
    quadPath(ctx, rectInPhoto(plane, { ...print, x: print.x + CANVAS_DEPTH_IN, y: print.y + CANVAS_DEPTH_IN }));
    ctx.fillStyle = "#3f3a36";
    ctx.fill();
  }
  quadPath(ctx, outline);
  ctx.fillStyle = print.material === "paper" ? "#fbfaf7" : "#d6d3d1";
  ctx.fill();
  ctx.restore();
  const imageRect = print.material === "paper" ? inset(print, Math.min(print.width, print.height) * PAPER_BORDER) : print;
  if (image?.complete && image.naturalWidth > 0) {
    const coveredPx = Math.max(span, Math.hypot(outline[3].x - outline[0].x, outline[3].y - outline[0].y)) * pixelScale * window.devicePixelRatio;
    const source = sourceFor(image, coveredPx);
    for (const triangle of printMesh(plane, imageRect, moving ? MOVING_DIVISIONS : DIVISIONS)) drawTriangle(ctx, source, triangle, OVERLAP_PX / pixelScale);
  }
  if (print.material === "metal") {
    const sheen = ctx.createLinearGradient(outline[0].x, outline[0].y, outline[2].x, outline[2].y);
    sheen.addColorStop(0, "rgba(255,255,255,0.18)");
    sheen.addColorStop(0.5, "rgba(255,255,255,0)");
    sheen.addColorStop(1, "rgba(255,255,255,0.1)");
    quadPath(ctx, outline);
    ctx.fillStyle = sheen;
    ctx.fill();
  }
  if (selected) {
    quadPath(ctx, outline);
    ctx.strokeStyle = "#0d9488";
    ctx.lineWidth = 2 / pixelScale;
    ctx.stroke();
  }
}

/** The print as a Konva shape: drawn by the mesh, hit by its outline in perspective. */
export function perspectivePrintShape(props: PrintDrawing): Konva.Shape {
  return new Konva.Shape({
    name: props.print.id,
    sceneFunc: (context) => drawPrint(context._context, props),
    hitFunc: (context, shape) => {
      quadPath(context._context, rectInPhoto(props.plane, props.print));
      context.fillShape(shape);
    },
  });
}
