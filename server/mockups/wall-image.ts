// Turns an uploaded wall photo into the only files we keep: checked from its header before a full
// decode, turned upright, stripped of all metadata and re-encoded by us (findings 8 and 17).
import sharp from "sharp";
import { badInput } from "../errors";
import { sniffWallPhotoType, wallPhotoFormats } from "./wall-image-type";

/** Well below sharp's default of 268 MP: a 40 MP phone photo decodes to about 120 MB of pixels. */
export const MAX_WALL_PIXELS = 40_000_000;
/** The stored image's long edge, and the analysis copy's (what vision models read best). */
export const WALL_IMAGE_EDGE = 2560;
export const ANALYSIS_IMAGE_EDGE = 1568;

export type EncodedImage = { bytes: Buffer; width: number; height: number; contentType: "image/jpeg"; extension: "jpg" };
export type PreparedWallPhoto = { image: EncodedImage; analysis: EncodedImage };

async function readHeader(bytes: Buffer): Promise<sharp.Metadata> {
  try {
    return await sharp(bytes, { failOn: "error", limitInputPixels: false }).metadata();
  } catch {
    throw badInput(`This image could not be read; it may be damaged. ${wallPhotoFormats}.`);
  }
}

function checkHeader(header: sharp.Metadata): void {
  const { width, height } = header;
  if (!width || !height) throw badInput(`This image has no size we can read. ${wallPhotoFormats}.`);
  if (width * height > MAX_WALL_PIXELS) {
    throw badInput(`This image is ${Math.round((width * height) / 1e6)} megapixels; photos of up to ${MAX_WALL_PIXELS / 1e6} megapixels are accepted.`);
  }
  if ((header.pages ?? 1) > 1) throw badInput("Animated or multi-page images are not accepted; please upload a single photo.");
}

async function encode(decoded: sharp.Sharp, edge: number, quality: number): Promise<EncodedImage> {
  // No keepMetadata()/withMetadata(): sharp writes none of the input's EXIF, GPS, XMP, thumbnails
  // or ICC profile (it converts to sRGB), so only pixels leave this function.
  const { data, info } = await decoded
    .clone()
    .resize({ width: edge, height: edge, fit: "inside", withoutEnlargement: true })
    .jpeg({ quality, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height, contentType: "image/jpeg", extension: "jpg" };
}

/** The two re-encoded JPEGs of an upload, or a BadInput that says why it was refused. */
export async function prepareWallPhoto(bytes: Buffer): Promise<PreparedWallPhoto> {
  await sniffWallPhotoType(bytes);
  checkHeader(await readHeader(bytes));
  // rotate() without an angle applies the EXIF orientation; flatten() gives a PNG's or WebP's
  // transparent parts a white wall instead of black.
  const decoded = sharp(bytes, { failOn: "error", limitInputPixels: MAX_WALL_PIXELS }).rotate().flatten({ background: "#ffffff" });
  try {
    const [image, analysis] = await Promise.all([encode(decoded, WALL_IMAGE_EDGE, 82), encode(decoded, ANALYSIS_IMAGE_EDGE, 85)]);
    return { image, analysis };
  } catch {
    throw badInput(`This image could not be read; it may be damaged or cut short. ${wallPhotoFormats}.`);
  }
}
