// Renders a seed photo's drawing to the JPEG that stands in for the photographer's original file.
import sharp from "sharp";
import { ZOOM_LONG_EDGE } from "../../../server/images/zoom-size";
import { drawArtwork, type Artwork } from "./scenes";

/** Large enough for the zoom copy the derivative job makes (server/images/zoom-size.ts). */
export const ORIGINAL_LONG_EDGE = ZOOM_LONG_EDGE;
/**
 * The drawing is rasterised at this size and enlarged: librsvg draws the scenes' blur filters at
 * 3000 px in about 4 s a photo against 0.3 s at 1800 px, minutes for the whole catalogue.
 */
const DRAWN_LONG_EDGE = 1800;

export type Aspect = readonly [width: number, height: number];

export function originalSize(aspect: Aspect, longEdge = ORIGINAL_LONG_EDGE): { width: number; height: number } {
  const [w, h] = aspect;
  const scale = longEdge / Math.max(w, h);
  return { width: Math.round(w * scale), height: Math.round(h * scale) };
}

export async function renderOriginal(art: Artwork, aspect: Aspect): Promise<{ bytes: Buffer; width: number; height: number }> {
  const drawn = originalSize(aspect, DRAWN_LONG_EDGE);
  const { width, height } = originalSize(aspect);
  // Rasterised to pixels first: handed the SVG, sharp's resize would draw it at the larger size.
  const { data, info } = await sharp(Buffer.from(drawArtwork(art, drawn.width, drawn.height))).flatten({ background: "#000000" }).raw().toBuffer({ resolveWithObject: true });
  const bytes = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .resize({ width, height, fit: "fill", kernel: "lanczos3" })
    // libjpeg-turbo, not mozjpeg: ten times faster at 3000 px, and the original is only ever read by
    // the derivative job, so its few percent of bytes do not matter (60 photos, seeded on first start).
    .jpeg({ quality: 88 })
    .toBuffer();
  return { bytes, width, height };
}
