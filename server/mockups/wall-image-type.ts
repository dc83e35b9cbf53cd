// Which formats a wall photo may be, judged by the bytes alone: the protocol carries no file name,
// and a client's Content-Type says nothing the bytes do not (review finding 17).
import { fileTypeFromBuffer } from "file-type";
import { badInput } from "../errors";

export const wallPhotoFormats = "Please upload a JPEG, PNG or WebP photo";

const accepted = new Set(["jpg", "png", "webp"]);

/** file-type knows binary formats only; SVG and HTML are text, recognised here to say so plainly. */
function markupKind(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.includes("<svg")) return "SVG images";
  if (head.startsWith("<")) return "HTML and XML files";
  return null;
}

/** The sniffed format (`jpg`, `png` or `webp`), or a BadInput naming the formats that work. */
export async function sniffWallPhotoType(bytes: Uint8Array): Promise<"jpg" | "png" | "webp"> {
  if (bytes.length === 0) throw badInput(`The file is empty. ${wallPhotoFormats}.`);
  const markup = markupKind(bytes);
  if (markup) throw badInput(`${markup} are not accepted. ${wallPhotoFormats}.`);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected && accepted.has(detected.ext)) return detected.ext as "jpg" | "png" | "webp";
  throw badInput(detected ? `${detected.ext.toUpperCase()} files are not accepted. ${wallPhotoFormats}.` : `This file is not an image we can read. ${wallPhotoFormats}.`);
}
