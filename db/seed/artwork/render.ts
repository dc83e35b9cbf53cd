// Renders a seed photo's drawing to the JPEG that stands in for the photographer's original file.
import sharp from "sharp";
import { drawArtwork, type Artwork } from "./scenes";

export const ORIGINAL_LONG_EDGE = 1800;

export type Aspect = readonly [width: number, height: number];

export function originalSize(aspect: Aspect): { width: number; height: number } {
  const [w, h] = aspect;
  const scale = ORIGINAL_LONG_EDGE / Math.max(w, h);
  return { width: Math.round(w * scale), height: Math.round(h * scale) };
}

export async function renderOriginal(art: Artwork, aspect: Aspect): Promise<{ bytes: Buffer; width: number; height: number }> {
  const { width, height } = originalSize(aspect);
  const svg = drawArtwork(art, width, height);
  const bytes = await sharp(Buffer.from(svg)).flatten({ background: "#000000" }).jpeg({ quality: 88, mozjpeg: true }).toBuffer();
  return { bytes, width, height };
}
