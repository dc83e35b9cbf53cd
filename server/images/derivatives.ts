// Responsive copies of a photo: AVIF, WebP and JPEG at a few widths, for <picture> srcsets, and
// one zoom copy 3000 px on its long edge (AVIF and JPEG only: the viewer needs no third format).
import sharp from "sharp";
import { detectRasterType } from "./raster-type";
import { zoomWidthFor } from "./zoom-size";

export const derivativeWidths = [400, 800, 1200, 1600] as const;

export type DerivativeFormat = "avif" | "webp" | "jpeg";

export type Derivative = { format: DerivativeFormat; width: number; height: number; bytes: Buffer };

export const derivativeFormats: Record<DerivativeFormat, { extension: string; contentType: string }> = {
  avif: { extension: "avif", contentType: "image/avif" },
  webp: { extension: "webp", contentType: "image/webp" },
  jpeg: { extension: "jpg", contentType: "image/jpeg" },
};

/** Never upscale: widths beyond the original are dropped, and a small original keeps its own width. */
export function widthsFor(originalWidth: number): number[] {
  const widths = derivativeWidths.filter((w) => w <= originalWidth);
  return widths.length > 0 ? widths : [originalWidth];
}

function encode(image: sharp.Sharp, format: DerivativeFormat): sharp.Sharp {
  // AVIF at effort 1 of 9 with 4:2:0 chroma encodes about five times faster than sharp's default
  // (effort 4, 4:4:4) and the files come out smaller; photos do not need full-resolution colour.
  if (format === "avif") return image.avif({ quality: 50, effort: 1, chromaSubsampling: "4:2:0" });
  if (format === "webp") return image.webp({ quality: 78, effort: 4 });
  return image.jpeg({ quality: 80, mozjpeg: true, progressive: true });
}

const zoomFormats: DerivativeFormat[] = ["avif", "jpeg"];

/** Each width to make and its formats: the srcset widths in every format, then the zoom copy's. */
export function copiesFor(width: number, height: number): { width: number; formats: DerivativeFormat[] }[] {
  const all = Object.keys(derivativeFormats) as DerivativeFormat[];
  const copies = widthsFor(width).map((w) => ({ width: w, formats: all }));
  const zoomWidth = zoomWidthFor(width, height);
  // A narrow original's srcset width can already be 3000 px tall: then that copy is the zoom copy.
  if (zoomWidth !== null && !copies.some((c) => c.width === zoomWidth)) copies.push({ width: zoomWidth, formats: zoomFormats });
  return copies;
}

export async function makeDerivatives(original: Uint8Array): Promise<Derivative[]> {
  // Checked before sharp sees the bytes, because sharp would happily rasterise an SVG.
  await detectRasterType(original);
  // autoOrient applies the EXIF orientation, so widths refer to the image as it is seen.
  const base = sharp(original, { failOn: "error" }).autoOrient();
  const { autoOrient } = await base.metadata();
  const jobs = copiesFor(autoOrient.width, autoOrient.height).flatMap(({ width, formats }) =>
    formats.map(async (format) => {
      const { data, info } = await encode(base.clone().resize({ width, withoutEnlargement: true }), format).toBuffer({ resolveWithObject: true });
      return { format, width: info.width, height: info.height, bytes: data };
    }),
  );
  return Promise.all(jobs);
}
