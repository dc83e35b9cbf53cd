import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { detectRasterType } from "./raster-type";

const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>');
const image = (format: "jpeg" | "png" | "webp" | "avif" | "gif") =>
  sharp({ create: { width: 16, height: 12, channels: 3, background: "#4a7a9c" } }).toFormat(format).toBuffer();

const folder = await mkdtemp(path.join(tmpdir(), "printroom-raster-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

async function rejection(bytes: Uint8Array): Promise<DomainError> {
  const error = await detectRasterType(bytes).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("detectRasterType", () => {
  it("accepts JPEG, PNG, WebP and AVIF by their bytes", async () => {
    expect(await detectRasterType(await image("jpeg"))).toEqual({ format: "jpeg", mime: "image/jpeg" });
    expect(await detectRasterType(await image("png"))).toEqual({ format: "png", mime: "image/png" });
    expect(await detectRasterType(await image("webp"))).toEqual({ format: "webp", mime: "image/webp" });
    expect(await detectRasterType(await image("avif"))).toEqual({ format: "avif", mime: "image/avif" });
  });

  it("rejects an SVG as bad input that says why", async () => {
    const error = await rejection(svg);
    expect(error.kind).toBe("BadInput");
    expect(error.message).toMatch(/SVG images are not accepted/);
  });

  it("rejects an SVG saved as photo.jpg, because the name is never trusted", async () => {
    const file = path.join(folder, "photo.jpg");
    await writeFile(file, Buffer.concat([Buffer.from('<?xml version="1.0"?>\n'), svg]));
    expect((await rejection(await readFile(file))).message).toMatch(/SVG/);
  });

  it("rejects other formats and non-images", async () => {
    expect((await rejection(await image("gif"))).message).toMatch(/GIF files are not accepted/);
    expect((await rejection(Buffer.from("just some text"))).message).toMatch(/not an image we can read/);
  });
});
