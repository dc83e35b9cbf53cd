// The share page's picture, drawn on raw pixels: each print mapped onto the wall through the wall
// plane's homography (every covered pixel is sent back to wall inches and sampled there), with its
// material's look and a soft shadow. Pure: pixels in, pixels out, so it is tested without files.
import { applyHomography, rectQuad, wallPlaneOfSize, type PrintMaterial, type Quad, type Rect, type WallPlane } from "../../app/shared/wall/index";

/** Packed RGB, row by row, as sharp's `.raw()` gives it with three channels. */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface CompositePrint {
  rect: Rect;
  material: PrintMaterial;
  image: RgbImage;
}

export interface CompositeInput {
  wall: RgbImage;
  /** the marked rectangle in `wall`'s pixels, and its real size */
  corners: Quad;
  widthIn: number;
  heightIn: number;
  prints: readonly CompositePrint[];
}

/** How a material frames its photo, in inches; the look only needs to read at a glance. */
export const PAPER_FRAME_IN = 0.5;
export const PAPER_MAT_IN = 1.5;
export const CANVAS_WRAP_IN = 1;
const FRAME_RGB = [38, 34, 30] as const;
const MAT_RGB = [250, 249, 246] as const;
const CANVAS_WRAP_SHADE = 0.68;
const METAL_SHEEN = 0.1;
// The shadow: the print's rectangle moved down and right, fading out over SHADOW_BLUR_IN.
const SHADOW_OFFSET = { x: 0.35, y: 0.6 };
const SHADOW_BLUR_IN = 1.2;
const SHADOW_OPACITY = 0.32;

/** The composite's pixels; `input.wall` is left as it was. */
export function renderComposite(input: CompositeInput): RgbImage {
  const out: RgbImage = { ...input.wall, data: Uint8Array.from(input.wall.data) };
  const plane = wallPlaneOfSize(input.corners, input.widthIn, input.heightIn);
  for (const print of input.prints) drawShadow(out, plane, print.rect);
  for (const print of input.prints) drawPrint(out, plane, print);
  return out;
}

/** The output pixels a wall rectangle can touch: its projected corners' box, clamped to the image. */
function pixelBox(out: RgbImage, plane: WallPlane, rect: Rect) {
  const corners = rectQuad(rect.x, rect.y, rect.width, rect.height).map((c) => applyHomography(plane.wallToPhoto, c));
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  return {
    x0: Math.max(0, Math.floor(Math.min(...xs))),
    x1: Math.min(out.width - 1, Math.ceil(Math.max(...xs))),
    y0: Math.max(0, Math.floor(Math.min(...ys))),
    y1: Math.min(out.height - 1, Math.ceil(Math.max(...ys))),
  };
}

/** Calls `visit` with each pixel's centre in wall inches; the homography is inlined because this is the hot loop. */
function forEachWallPoint(out: RgbImage, plane: WallPlane, rect: Rect, visit: (offset: number, wallX: number, wallY: number) => void) {
  const box = pixelBox(out, plane, rect);
  const h = plane.photoToWall;
  for (let py = box.y0; py <= box.y1; py++) {
    const y = py + 0.5;
    for (let px = box.x0; px <= box.x1; px++) {
      const x = px + 0.5;
      const w = h[6] * x + h[7] * y + h[8];
      const wallX = (h[0] * x + h[1] * y + h[2]) / w;
      const wallY = (h[3] * x + h[4] * y + h[5]) / w;
      if (wallX < rect.x || wallX > rect.x + rect.width || wallY < rect.y || wallY > rect.y + rect.height) continue;
      visit((py * out.width + px) * 3, wallX, wallY);
    }
  }
}

function drawShadow(out: RgbImage, plane: WallPlane, rect: Rect) {
  const inner = { x: rect.x + SHADOW_OFFSET.x, y: rect.y + SHADOW_OFFSET.y, width: rect.width, height: rect.height };
  const outer = { x: inner.x - SHADOW_BLUR_IN, y: inner.y - SHADOW_BLUR_IN, width: inner.width + 2 * SHADOW_BLUR_IN, height: inner.height + 2 * SHADOW_BLUR_IN };
  forEachWallPoint(out, plane, outer, (offset, x, y) => {
    const dx = Math.max(inner.x - x, 0, x - inner.x - inner.width);
    const dy = Math.max(inner.y - y, 0, y - inner.y - inner.height);
    const fade = Math.max(0, 1 - Math.hypot(dx, dy) / SHADOW_BLUR_IN);
    const keep = 1 - SHADOW_OPACITY * fade * fade;
    for (let c = 0; c < 3; c++) out.data[offset + c] = Math.round(out.data[offset + c]! * keep);
  });
}

/** Where the photo sits inside the print: inside the frame and mat for paper, the whole face otherwise. */
function photoArea(print: CompositePrint): Rect {
  if (print.material !== "paper") return print.rect;
  const inset = Math.min(PAPER_FRAME_IN + PAPER_MAT_IN, print.rect.width / 4, print.rect.height / 4);
  return { x: print.rect.x + inset, y: print.rect.y + inset, width: print.rect.width - 2 * inset, height: print.rect.height - 2 * inset };
}

function drawPrint(out: RgbImage, plane: WallPlane, print: CompositePrint) {
  const { rect, image, material } = print;
  const area = photoArea(print);
  // The photo covers its area (cropped, never stretched), centred.
  const ppi = Math.min(image.width / area.width, image.height / area.height);
  const left = (image.width - area.width * ppi) / 2;
  const top = (image.height - area.height * ppi) / 2;
  const frame = Math.min(PAPER_FRAME_IN, rect.width / 8, rect.height / 8);
  const rgb = [0, 0, 0];
  // Edges are anti-aliased: a pixel whose centre is within one pixel of the print's edge is blended
  // by how far inside it lies, so a print's outline does not stair-step.
  const inchesPerPixel = inchesPerPixelAt(plane, rect);
  const reach = { x: rect.x - inchesPerPixel, y: rect.y - inchesPerPixel, width: rect.width + 2 * inchesPerPixel, height: rect.height + 2 * inchesPerPixel };
  forEachWallPoint(out, plane, reach, (offset, qx, qy) => {
    const inside = Math.min(qx - rect.x, rect.x + rect.width - qx, qy - rect.y, rect.y + rect.height - qy) / inchesPerPixel;
    const cover = inside >= 0.5 ? 1 : inside <= -0.5 ? 0 : inside + 0.5;
    if (cover === 0) return;
    // Sampled at the nearest point of the print, so an edge pixel takes the edge's colour.
    const x = qx < rect.x ? rect.x : qx > rect.x + rect.width ? rect.x + rect.width : qx;
    const y = qy < rect.y ? rect.y : qy > rect.y + rect.height ? rect.y + rect.height : qy;
    const inPhoto = x >= area.x && x <= area.x + area.width && y >= area.y && y <= area.y + area.height;
    if (inPhoto) {
      sampleBilinear(image, left + (x - area.x) * ppi - 0.5, top + (y - area.y) * ppi - 0.5, rgb);
    } else {
      const inFrame = x < rect.x + frame || x > rect.x + rect.width - frame || y < rect.y + frame || y > rect.y + rect.height - frame;
      const fill = inFrame ? FRAME_RGB : MAT_RGB;
      rgb[0] = fill[0];
      rgb[1] = fill[1];
      rgb[2] = fill[2];
    }
    let shade = 1;
    let sheen = 0;
    if (material === "canvas" && (x > rect.x + rect.width - CANVAS_WRAP_IN || y > rect.y + rect.height - CANVAS_WRAP_IN)) shade = CANVAS_WRAP_SHADE;
    if (material === "metal") {
      // A soft diagonal band of light across the upper left, clear of the centre.
      const along = (x - rect.x) / rect.width + (y - rect.y) / rect.height;
      sheen = METAL_SHEEN * Math.max(0, 1 - Math.abs(along - 0.45) * 3);
    }
    for (let c = 0; c < 3; c++) out.data[offset + c] = clampByte(out.data[offset + c]! * (1 - cover) + (rgb[c]! * shade + (255 - rgb[c]!) * sheen) * cover);
  });
}

/** About how many wall inches one output pixel spans over this rectangle: its diagonal in inches over its diagonal in pixels. */
function inchesPerPixelAt(plane: WallPlane, rect: Rect): number {
  const [a, , c] = rectQuad(rect.x, rect.y, rect.width, rect.height).map((q) => applyHomography(plane.wallToPhoto, q));
  return Math.hypot(rect.width, rect.height) / Math.max(1e-6, Math.hypot(c!.x - a!.x, c!.y - a!.y));
}

const clampByte = (v: number) => (v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v));

/** The colour at a point between pixel centres (coordinates in pixel units, centres at integers), edges held. */
function sampleBilinear(image: RgbImage, x: number, y: number, rgb: number[]) {
  const maxX = image.width - 1;
  const maxY = image.height - 1;
  const cx = x < 0 ? 0 : x > maxX ? maxX : x;
  const cy = y < 0 ? 0 : y > maxY ? maxY : y;
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = x0 < maxX ? x0 + 1 : x0;
  const y1 = y0 < maxY ? y0 + 1 : y0;
  const fx = cx - x0;
  const fy = cy - y0;
  const d = image.data;
  const a = (y0 * image.width + x0) * 3;
  const b = (y0 * image.width + x1) * 3;
  const c = (y1 * image.width + x0) * 3;
  const e = (y1 * image.width + x1) * 3;
  for (let k = 0; k < 3; k++) {
    const top = d[a + k]! + (d[b + k]! - d[a + k]!) * fx;
    const bottom = d[c + k]! + (d[e + k]! - d[c + k]!) * fx;
    rgb[k] = top + (bottom - top) * fy;
  }
}
