// An uploaded photo as the only file we keep of it: judged by its bytes (never SVG), checked from
// its header before a full decode, turned upright and re-encoded by us with no metadata (no GPS,
// no camera serial), at its full size, since prints are made from it (findings 8 and 17).
import sharp from "sharp";
import { badInput } from "../../errors";
import { besideField } from "../../forms/parse-form";
import { detectRasterType } from "../../images/raster-type";

/** A 60 MP camera's frame with room to spare; decoded it is about 180 MB of pixels. */
export const MAX_ORIGINAL_PIXELS = 70_000_000;

export type PreparedOriginal = { bytes: Buffer; width: number; height: number; aspectRatio: number; orientation: "landscape" | "portrait" | "square" };

const unreadable = "This image could not be read; it may be damaged or cut short. Please upload a JPEG, PNG, WebP or AVIF photo.";

export function orientationOf(aspectRatio: number): PreparedOriginal["orientation"] {
  // Within 2% of square is printed square: no one can tell a 1:1.01 frame from a square one.
  if (Math.abs(aspectRatio - 1) < 0.02) return "square";
  return aspectRatio > 1 ? "landscape" : "portrait";
}

export async function prepareOriginal(bytes: Buffer): Promise<PreparedOriginal> {
  if (bytes.length === 0) throw badInput("The file is empty. Please upload a JPEG, PNG, WebP or AVIF photo.", "image");
  await detectRasterType(bytes).catch(besideField("image"));
  let header: sharp.Metadata;
  try {
    header = await sharp(bytes, { failOn: "error", limitInputPixels: false }).metadata();
  } catch {
    throw badInput(unreadable, "image");
  }
  const { width, height } = header;
  if (!width || !height) throw badInput(unreadable, "image");
  if (width * height > MAX_ORIGINAL_PIXELS) throw badInput(`This image is ${Math.round((width * height) / 1e6)} megapixels; photos of up to ${MAX_ORIGINAL_PIXELS / 1e6} megapixels are accepted.`, "image");
  if ((header.pages ?? 1) > 1) throw badInput("Animated or multi-page images are not accepted; please upload a single photo.", "image");
  try {
    const { data, info } = await sharp(bytes, { failOn: "error", limitInputPixels: MAX_ORIGINAL_PIXELS })
      .rotate()
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 95, chromaSubsampling: "4:4:4" })
      .toBuffer({ resolveWithObject: true });
    const aspectRatio = info.width / info.height;
    return { bytes: data, width: info.width, height: info.height, aspectRatio, orientation: orientationOf(aspectRatio) };
  } catch {
    throw badInput(unreadable, "image");
  }
}
