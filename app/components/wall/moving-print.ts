// The print under the pointer while it moves: drawn once, flat, into a canvas of its own, and put in
// perspective by the compositor with a CSS matrix3d made from the wall's homography. A move then
// changes one transform: no canvas is redrawn, so Chromium has nothing to rasterise on the main
// thread (docs/performance.md, "Wall editor"). The homography is exact, so the print looks as it
// does at rest; the Konva shape draws it again once it is let go.
import { composeHomographies, rectInPhoto, type Homography, type PlacedPrint, type WallPlane } from "~/shared/wall";
import { CANVAS_DEPTH_IN, PAPER_BORDER, SHADOW, sourceFor, type PrintDrawing } from "./perspective-print";

/** As the Konva handle: a 9 px radius with a 2 px white ring. */
const HANDLE_PX = 20;
/** Room around the print for its shadow and a canvas's wrapped edge, as a share of its long side. */
const MARGIN = 0.12;
const MAX_CANVAS_PX = 2048;

export type MovingPrint = { lift(drawing: PrintDrawing, withHandle: boolean): void; moveTo(x: number, y: number): void; lifted(): boolean; drop(): void; destroy(): void };

type Lifted = { plane: WallPlane; print: PlacedPrint; pixelScale: number; margin: number; cssPerInch: number; withHandle: boolean };

/** A CSS matrix3d for a 3 × 3 homography (row-major), scaled so that w is 1 at `at`: positive over the print. */
function matrix3d(h: Homography, at: { x: number; y: number }): string {
  const w = h[6] * at.x + h[7] * at.y + h[8];
  const m = h.map((v) => v / w);
  return `matrix3d(${m[0]},${m[3]},0,${m[6]},${m[1]},${m[4]},0,${m[7]},0,0,1,0,${m[2]},${m[5]},0,${m[8]})`;
}

function drawFlat(canvas: HTMLCanvasElement, drawing: PrintDrawing, lifted: Lifted, bitmapPerInch: number, span: number, coveredPx: number) {
  const { print, image, selected } = drawing;
  const { margin, cssPerInch } = lifted;
  const [w, h] = [print.width, print.height];
  canvas.width = Math.max(1, Math.round((w + 2 * margin) * bitmapPerInch));
  canvas.height = Math.max(1, Math.round((h + 2 * margin) * bitmapPerInch));
  canvas.style.width = `${(w + 2 * margin) * cssPerInch}px`;
  canvas.style.height = `${(h + 2 * margin) * cssPerInch}px`;
  const ctx = canvas.getContext("2d")!;
  ctx.setTransform(bitmapPerInch, 0, 0, bitmapPerInch, margin * bitmapPerInch, margin * bitmapPerInch);
  // At rest the shadow is measured in the layer's bitmap pixels; here in this canvas's, the same on screen.
  const shadowScale = bitmapPerInch / cssPerInch / window.devicePixelRatio;
  ctx.save();
  ctx.shadowColor = SHADOW.colour;
  ctx.shadowBlur = span * SHADOW.blur * shadowScale;
  ctx.shadowOffsetX = span * SHADOW.offsetX * shadowScale;
  ctx.shadowOffsetY = span * SHADOW.offsetY * shadowScale;
  if (print.material === "canvas") {
    ctx.fillStyle = "#3f3a36";
    ctx.fillRect(CANVAS_DEPTH_IN, CANVAS_DEPTH_IN, w, h);
  }
  ctx.fillStyle = print.material === "paper" ? "#fbfaf7" : "#d6d3d1";
  ctx.fillRect(0, 0, w, h);
  ctx.restore();
  const border = print.material === "paper" ? Math.min(w, h) * PAPER_BORDER : 0;
  if (image?.complete && image.naturalWidth > 0) {
    const source = sourceFor(image, coveredPx * window.devicePixelRatio);
    ctx.imageSmoothingQuality = "high";
    ctx.drawImage(source.image, border, border, w - 2 * border, h - 2 * border);
  }
  if (print.material === "metal") {
    const sheen = ctx.createLinearGradient(0, 0, w, h);
    sheen.addColorStop(0, "rgba(255,255,255,0.18)");
    sheen.addColorStop(0.5, "rgba(255,255,255,0)");
    sheen.addColorStop(1, "rgba(255,255,255,0.1)");
    ctx.fillStyle = sheen;
    ctx.fillRect(0, 0, w, h);
  }
  if (selected) {
    ctx.strokeStyle = "#0d9488";
    ctx.lineWidth = 2 / cssPerInch;
    ctx.strokeRect(0, 0, w, h);
  }
}

/** The overlay's canvas and handle, laid over `container` (the stage's box, positioned). */
export function movingPrintOverlay(container: HTMLElement): MovingPrint {
  const canvas = document.createElement("canvas");
  const handle = document.createElement("div");
  canvas.setAttribute("aria-hidden", "true");
  handle.setAttribute("aria-hidden", "true");
  Object.assign(canvas.style, { position: "absolute", left: "0", top: "0", transformOrigin: "0 0", pointerEvents: "none", display: "none", willChange: "transform" });
  Object.assign(handle.style, {
    position: "absolute",
    left: "0",
    top: "0",
    width: `${HANDLE_PX}px`,
    height: `${HANDLE_PX}px`,
    boxSizing: "border-box",
    borderRadius: "50%",
    border: "2px solid white",
    background: "rgba(13,148,136,0.9)",
    pointerEvents: "none",
    display: "none",
    willChange: "transform",
  });
  container.append(canvas, handle);
  let lifted: Lifted | null = null;

  const moveTo = (x: number, y: number) => {
    if (!lifted) return;
    const { plane, print, pixelScale, margin, cssPerInch } = lifted;
    // overlay pixels → wall inches → photo pixels → stage pixels
    const toWall: Homography = [1 / cssPerInch, 0, x - margin, 0, 1 / cssPerInch, y - margin, 0, 0, 1];
    const toStage = composeHomographies([pixelScale, 0, 0, 0, pixelScale, 0, 0, 0, 1], composeHomographies(plane.wallToPhoto, toWall));
    canvas.style.transform = matrix3d(toStage, { x: (print.width / 2 + margin) * cssPerInch, y: (print.height / 2 + margin) * cssPerInch });
    if (lifted.withHandle) {
      const corner = rectInPhoto(plane, { ...print, x, y })[2];
      handle.style.transform = `translate(${corner.x * pixelScale - HANDLE_PX / 2}px, ${corner.y * pixelScale - HANDLE_PX / 2}px)`;
    }
  };

  return {
    lift(drawing, withHandle) {
      const { plane, print, pixelScale } = drawing;
      const outline = rectInPhoto(plane, print);
      const span = Math.hypot(outline[1].x - outline[0].x, outline[1].y - outline[0].y);
      const coveredPx = Math.max(span, Math.hypot(outline[3].x - outline[0].x, outline[3].y - outline[0].y)) * pixelScale;
      const longSide = Math.max(print.width, print.height);
      const margin = longSide * MARGIN + CANVAS_DEPTH_IN;
      const cssPerInch = coveredPx / longSide;
      const bitmapPerInch = Math.min(cssPerInch * window.devicePixelRatio, MAX_CANVAS_PX / (longSide + 2 * margin));
      lifted = { plane, print, pixelScale, margin, cssPerInch, withHandle };
      drawFlat(canvas, drawing, lifted, bitmapPerInch, span, coveredPx);
      moveTo(print.x, print.y);
      canvas.style.display = "block";
      handle.style.display = withHandle ? "block" : "none";
    },
    moveTo,
    lifted: () => lifted !== null,
    drop() {
      lifted = null;
      canvas.style.display = "none";
      handle.style.display = "none";
    },
    destroy() {
      canvas.remove();
      handle.remove();
    },
  };
}
