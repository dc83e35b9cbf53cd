// Hostile and awkward uploads for the wall photo tests, all made here from nothing (never downloaded).
import sharp from "sharp";
import { crc32, deflateSync } from "node:zlib";

export const scriptPayload = '<html><body><script>alert("polyglot")</script></body></html>';

export function plainJpeg(width = 320, height = 240, background = "#8899aa"): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).jpeg().toBuffer();
}

export const svgWithScript = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" onload="alert(1)"><script>alert(document.cookie)</script><rect width="400" height="300" fill="#eee"/></svg>');
export const htmlPage = Buffer.from('<!doctype html><html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>');
export const textFile = Buffer.from("These are not the pixels you are looking for.\n".repeat(40));

/** A real JPEG that is also an HTML page: the markup in a comment segment and again after the end. */
export async function jpegHtmlPolyglot(): Promise<Buffer> {
  const jpeg = await plainJpeg();
  const payload = Buffer.from(scriptPayload);
  const comment = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([(payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
  return Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2), payload]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** 20000 × 20000 one-bit pixels of one colour: 400 MP to decode from about 50 KB of file. */
export function pngDecompressionBomb(side = 20_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
  const rows = Buffer.alloc((1 + Math.ceil(side / 8)) * side);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(rows, { level: 9 })), pngChunk("IEND", Buffer.alloc(0))]);
}

/** A small JPEG whose frame header (SOF0) claims 65000 × 65000 pixels. */
export async function jpegWithHugeHeader(): Promise<Buffer> {
  const jpeg = Buffer.from(await sharp({ create: { width: 64, height: 64, channels: 3, background: "#aa0000" } }).jpeg({ progressive: false }).toBuffer());
  for (let i = 2; i < jpeg.length - 9; i++) {
    if (jpeg[i] === 0xff && jpeg[i + 1] === 0xc0) {
      jpeg.writeUInt16BE(65_000, i + 5);
      jpeg.writeUInt16BE(65_000, i + 7);
      return jpeg;
    }
  }
  throw new Error("no SOF0 marker in the fixture JPEG");
}

/** An animated WebP of many full frames, each well under the pixel cap. */
export async function animatedWebpFrameBomb(frames = 100, side = 512): Promise<Buffer> {
  const pages = await Promise.all(Array.from({ length: frames }, (_, i) => sharp({ create: { width: side, height: side, channels: 3, background: { r: (i * 37) % 256, g: (i * 11) % 256, b: 90 } } }).png().toBuffer()));
  return sharp(pages, { join: { animated: true } }).webp({ loop: 0, effort: 0 }).toBuffer();
}

/** A JPEG carrying GPS coordinates, a camera serial number and an EXIF thumbnail's worth of tags. */
export function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: "#777777" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Printroom Test Camera", Model: "Serial 0042-1337", Copyright: "secret" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 26/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 39/1" },
    })
    .toBuffer();
}

/** 600 × 400 pixels as stored, which EXIF orientation 6 or 8 says to show as 400 × 600. */
export function jpegWithOrientation(orientation: 6 | 8): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 400, channels: 3, background: "#336699" } }).jpeg().withMetadata({ orientation }).toBuffer();
}

export function pngPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 500, height: 300, channels: 4, background: { r: 20, g: 160, b: 90, alpha: 0.5 } } }).png().toBuffer();
}

/** A multipart body of `parts` small parts, as a form with many files would send. */
export function manyPartsBody(parts: number, boundary: string): Buffer {
  const part = (i: number) => `--${boundary}\r\nContent-Disposition: form-data; name="file${i}"; filename="../../wall${i}.jpg"\r\nContent-Type: image/jpeg\r\n\r\nxxxx\r\n`;
  return Buffer.from(Array.from({ length: parts }, (_, i) => part(i)).join("") + `--${boundary}--\r\n`);
}
