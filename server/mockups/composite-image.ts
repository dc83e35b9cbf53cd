// The composite's files: decodes the wall and the prints' photos to raw pixels at the size they
// are drawn, renders them (composite.ts), and encodes the JPEG the share page and its cards show.
import sharp from "sharp";
import { rectInPhoto, wallPlaneOfSize, type PrintMaterial, type Quad, type Rect } from "../../app/shared/wall/index";
import { contentAddressedKey, type Storage } from "../integrations/storage/index";
import { renderComposite, type RgbImage } from "./composite";

/** The composite's long edge: sharp enough for a phone or a social card, small enough to load fast. */
export const COMPOSITE_EDGE = 1600;
const COMPOSITE_QUALITY = 82;
/** A print's photo is decoded at twice its drawn size (so bilinear sampling stays sharp), at most this. */
const PRINT_IMAGE_EDGE = 1200;

export interface CompositeSource {
  /** the wall photo's bytes (any format sharp reads) */
  wall: Buffer;
  /** the marked rectangle in the wall image's own pixels */
  corners: Quad;
  widthIn: number;
  heightIn: number;
  prints: readonly { rect: Rect; material: PrintMaterial; image: Buffer }[];
}

export interface CompositeJpeg {
  bytes: Buffer;
  width: number;
  height: number;
}

async function decodeRgb(image: sharp.Sharp): Promise<RgbImage> {
  const { data, info } = await image.removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Renders and encodes; the wall is scaled down first, and the corners with it, so every pixel drawn is one kept. */
export async function renderCompositeJpeg(source: CompositeSource): Promise<CompositeJpeg> {
  const wallImage = sharp(source.wall, { failOn: "error" }).rotate();
  const meta = await wallImage.metadata();
  const wall = await decodeRgb(wallImage.resize({ width: COMPOSITE_EDGE, height: COMPOSITE_EDGE, fit: "inside", withoutEnlargement: true }));
  const scale = wall.width / meta.autoOrient.width;
  const corners = source.corners.map((c) => ({ x: c.x * scale, y: c.y * scale })) as unknown as Quad;
  const plane = wallPlaneOfSize(corners, source.widthIn, source.heightIn);
  const prints = await Promise.all(
    source.prints.map(async (print) => {
      const quad = rectInPhoto(plane, print.rect);
      const drawnEdge = Math.max(...quad.map((c, i) => Math.hypot(c.x - quad[(i + 1) % 4]!.x, c.y - quad[(i + 1) % 4]!.y)));
      const edge = Math.max(16, Math.min(PRINT_IMAGE_EDGE, Math.ceil(drawnEdge * 2)));
      const image = await decodeRgb(sharp(print.image, { failOn: "error" }).rotate().resize({ width: edge, height: edge, fit: "inside", withoutEnlargement: true }));
      return { rect: print.rect, material: print.material, image };
    }),
  );
  const rendered = renderComposite({ wall, corners, widthIn: source.widthIn, heightIn: source.heightIn, prints });
  // No withMetadata(): the JPEG carries pixels only. Not mozjpeg: it took 280 ms of the second a
  // save may spend, for a file about a tenth smaller.
  const bytes = await sharp(rendered.data, { raw: { width: rendered.width, height: rendered.height, channels: 3 } })
    .jpeg({ quality: COMPOSITE_QUALITY })
    .toBuffer();
  return { bytes, width: rendered.width, height: rendered.height };
}

/** Stored under its content's hash, so the same picture is one file and a changed one a new URL. */
export async function storeComposite(storage: Storage, jpeg: CompositeJpeg): Promise<string> {
  const key = contentAddressedKey("mockups/composites", "composite", jpeg.bytes, "jpg");
  await storage.put(key, jpeg.bytes, "image/jpeg");
  return key;
}
