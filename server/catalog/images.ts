// Turns stored image rows into what an <img>/<picture> needs: URLs per format, srcset and intrinsic size.
import { isZoomSize } from "../images/zoom-size";

export type ImageRow = { format: "jpeg" | "webp" | "avif"; kind: "original" | "derivative"; width: number; height: number; storageKey: string };

export type ImageSet = {
  width: number;
  height: number;
  /** the largest JPEG, for Open Graph cards and JSON-LD */
  src: string;
  /** smallest fallback for <img src> in browsers without srcset support */
  fallback: string;
  sources: { format: "avif" | "webp" | "jpeg"; srcSet: string }[];
};

export const mediaUrl = (storageKey: string) => `/media/${storageKey}`;

const formatOrder = ["avif", "webp", "jpeg"] as const;

export function toImageSet(rows: ImageRow[]): ImageSet | null {
  const original = rows.find((r) => r.kind === "original");
  const derivatives = rows.filter((r) => r.kind === "derivative" && !isZoomSize(r));
  if (!original && derivatives.length === 0) return null;
  const usable = derivatives.length > 0 ? derivatives : [original!];
  const byWidth = (a: ImageRow, b: ImageRow) => a.width - b.width;
  const jpegs = usable.filter((r) => r.format === "jpeg").sort(byWidth);
  const reference = original ?? usable[usable.length - 1]!;
  const largestJpeg = jpegs[jpegs.length - 1] ?? reference;
  return {
    width: reference.width,
    height: reference.height,
    src: mediaUrl(largestJpeg.storageKey),
    fallback: mediaUrl((jpegs[Math.min(1, jpegs.length - 1)] ?? largestJpeg).storageKey),
    sources: formatOrder
      .map((format) => ({
        format,
        srcSet: usable
          .filter((r) => r.format === format)
          .sort(byWidth)
          .map((r) => `${mediaUrl(r.storageKey)} ${r.width}w`)
          .join(", "),
      }))
      .filter((s) => s.srcSet !== ""),
  };
}

/** The zoom viewer's copy (server/images/zoom-size.ts): a JPEG and, when made, an AVIF. */
export type ZoomImage = { width: number; height: number; jpeg: string; avif: string | null };

export function toZoomImage(rows: ImageRow[]): ZoomImage | null {
  const zoomRows = rows.filter((r) => r.kind === "derivative" && isZoomSize(r));
  const jpeg = zoomRows.find((r) => r.format === "jpeg");
  if (!jpeg) return null;
  const avif = zoomRows.find((r) => r.format === "avif" && r.width === jpeg.width);
  return { width: jpeg.width, height: jpeg.height, jpeg: mediaUrl(jpeg.storageKey), avif: avif ? mediaUrl(avif.storageKey) : null };
}
