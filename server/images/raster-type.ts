// Which raster formats we take as a photo, judged by the bytes and never by a name or a header the
// client chose. SVG is refused outright: it can carry script (review finding 17).
import { fileTypeFromBuffer } from "file-type";
import { badInput } from "../errors";

export const rasterTypes = {
  jpg: { format: "jpeg", mime: "image/jpeg" },
  png: { format: "png", mime: "image/png" },
  webp: { format: "webp", mime: "image/webp" },
  avif: { format: "avif", mime: "image/avif" },
} as const;

export type RasterType = (typeof rasterTypes)[keyof typeof rasterTypes];

const accepted = "Please upload a JPEG, PNG, WebP or AVIF photo";

/** file-type only knows binary formats, so SVG (XML text) is recognised here to say so plainly. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return head.startsWith("<svg") || ((head.startsWith("<?xml") || head.startsWith("<!doctype svg") || head.startsWith("<!--")) && head.includes("<svg"));
}

export async function detectRasterType(bytes: Uint8Array): Promise<RasterType> {
  if (looksLikeSvg(bytes)) throw badInput(`SVG images are not accepted. ${accepted}.`);
  const detected = await fileTypeFromBuffer(bytes);
  const type = detected && Object.hasOwn(rasterTypes, detected.ext) ? rasterTypes[detected.ext as keyof typeof rasterTypes] : undefined;
  if (!type) throw badInput(detected ? `${detected.ext.toUpperCase()} files are not accepted. ${accepted}.` : `This file is not an image we can read. ${accepted}.`);
  return type;
}
