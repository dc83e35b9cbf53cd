import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { applyHomography, wallPlaneOfSize, type Quad } from "../../app/shared/wall/index";
import { renderComposite, type RgbImage } from "./composite";
import { COMPOSITE_EDGE, renderCompositeJpeg } from "./composite-image";

const solid = (width: number, height: number, rgb: [number, number, number]): RgbImage => {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < data.length; i += 3) data.set(rgb, i);
  return { data, width, height };
};
const pixel = (image: RgbImage, x: number, y: number) => {
  const o = (Math.floor(y) * image.width + Math.floor(x)) * 3;
  return [image.data[o]!, image.data[o + 1]!, image.data[o + 2]!];
};
const near = (actual: number[], expected: number[], tolerance: number) => actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);

// A wall photographed from the left: the far (right) side is shorter, so the map is a true perspective.
const corners: Quad = [
  { x: 120, y: 80 },
  { x: 680, y: 140 },
  { x: 690, y: 470 },
  { x: 110, y: 540 },
];
const WALL: [number, number, number] = [200, 183, 155];
const RED: [number, number, number] = [200, 30, 40];

describe("the composite", () => {
  const plane = wallPlaneOfSize(corners, 120, 96);
  const print = { x: 40, y: 20, width: 36, height: 24 };
  const centre = applyHomography(plane.wallToPhoto, { x: print.x + print.width / 2, y: print.y + print.height / 2 });

  for (const material of ["paper", "canvas", "metal"] as const) {
    it(`a ${material} print's centre has the print's colour where the homography puts it, and the wall just outside stays the wall`, () => {
      const out = renderComposite({ wall: solid(800, 600, WALL), corners, widthIn: 120, heightIn: 96, prints: [{ rect: print, material, image: solid(300, 200, RED) }] });
      expect(pixel(out, centre.x, centre.y)).toEqual(RED);
      // Just above the top edge (no shadow there: it falls down and right) and well left of the print.
      const above = applyHomography(plane.wallToPhoto, { x: print.x + print.width / 2, y: print.y - 0.6 });
      expect(pixel(out, above.x, above.y)).toEqual(WALL);
      const left = applyHomography(plane.wallToPhoto, { x: print.x - 3, y: print.y + print.height / 2 });
      expect(pixel(out, left.x, left.y)).toEqual(WALL);
    });
  }

  it("samples the photo in perspective: a print's left half and right half land on their own sides of the projected centre line", () => {
    const image = solid(200, 100, [0, 0, 255]);
    for (let y = 0; y < 100; y++) for (let x = 100; x < 200; x++) image.data.set([255, 255, 0], (y * 200 + x) * 3);
    const out = renderComposite({ wall: solid(800, 600, WALL), corners, widthIn: 120, heightIn: 96, prints: [{ rect: { x: 30, y: 30, width: 40, height: 20 }, material: "canvas", image }] });
    const at = (x: number, y: number) => applyHomography(plane.wallToPhoto, { x, y });
    const leftPoint = at(45, 38);
    const rightPoint = at(55, 38);
    expect(near(pixel(out, leftPoint.x, leftPoint.y), [0, 0, 255], 2)).toBe(true);
    expect(near(pixel(out, rightPoint.x, rightPoint.y), [255, 255, 0], 2)).toBe(true);
  });

  it("paper has a white mat inside a dark frame line; canvas darkens its wrapped bottom edge; the shadow darkens the wall below and right", () => {
    const out = renderComposite({
      wall: solid(800, 600, WALL),
      corners,
      widthIn: 120,
      heightIn: 96,
      prints: [
        { rect: print, material: "paper", image: solid(300, 200, RED) },
        { rect: { x: 80, y: 20, width: 30, height: 20 }, material: "canvas", image: solid(300, 200, RED) },
      ],
    });
    const at = (x: number, y: number) => applyHomography(plane.wallToPhoto, { x, y });
    const mat = at(print.x + 1.2, print.y + print.height / 2);
    expect(near(pixel(out, mat.x, mat.y), [250, 249, 246], 1)).toBe(true);
    const frame = at(print.x + 0.2, print.y + print.height / 2);
    expect(near(pixel(out, frame.x, frame.y), [38, 34, 30], 1)).toBe(true);
    const wrap = at(95, 39.6);
    expect(near(pixel(out, wrap.x, wrap.y), RED.map((v) => v * 0.68), 1)).toBe(true);
    const shadow = at(print.x + print.width / 2, print.y + print.height + 0.5);
    expect(pixel(out, shadow.x, shadow.y).every((v, i) => v < WALL[i]!)).toBe(true);
  });

  it("is encoded as a JPEG of at most 1600 px on its long edge with no metadata, the print still where the scaled corners put it", async () => {
    const wall = await sharp({ create: { width: 2560, height: 1920, channels: 3, background: { r: WALL[0], g: WALL[1], b: WALL[2] } } }).jpeg().withMetadata().toBuffer();
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: RED[0], g: RED[1], b: RED[2] } } }).jpeg().toBuffer();
    const big = corners.map((c) => ({ x: c.x * 3.2, y: c.y * 3.2 })) as unknown as Quad;
    const jpeg = await renderCompositeJpeg({ wall, corners: big, widthIn: 120, heightIn: 96, prints: [{ rect: print, material: "metal", image: photo }] });
    const meta = await sharp(jpeg.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", COMPOSITE_EDGE, 1200]);
    expect([meta.exif, meta.icc, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined, undefined]);
    const { data, info } = await sharp(jpeg.bytes).raw().toBuffer({ resolveWithObject: true });
    const decoded = { data, width: info.width, height: info.height };
    const scale = COMPOSITE_EDGE / 2560;
    expect(near(pixel(decoded, centre.x * 3.2 * scale, centre.y * 3.2 * scale), RED, 8)).toBe(true);
  });
});
