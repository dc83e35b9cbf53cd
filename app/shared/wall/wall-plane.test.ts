import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rectQuad } from "./quad";
import { SHEET_SIZES_IN } from "./reference-objects";
import { cameraHomography, project, projectQuad, type SyntheticCamera } from "./testing/synthetic-camera";
import type { Point, Quad } from "./types";
import { floorYFromLine, photoToWall, rectInPhoto, wallPlaneFromCorners, wallPlaneOfSize, wallToPhoto } from "./wall-plane";

// The marked rectangle: 96 × 60 in above a sofa, the floor 90 in below its top.
const marked = { width: 96, height: 60 };
const image = { width: 4032, height: 3024 };
const floorY = 90;

function room(camera: Partial<SyntheticCamera> = {}) {
  const h = cameraHomography({ image, focalPx: 3100, target: { x: 48, y: 45 }, distanceIn: 170, yaw: 25, pitch: 10, roll: 2, ...camera });
  return { h, corners: projectQuad(h, rectQuad(0, 0, marked.width, marked.height)), shot: (p: Point) => project(h, p) };
}

const within = (actual: number, expected: number, tolerance: number) => expect(Math.abs(actual / expected - 1)).toBeLessThan(tolerance);
const gap = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

const cameras = fc.record({
  yaw: fc.oneof(fc.double({ min: -45, max: -6, noNaN: true }), fc.double({ min: 6, max: 45, noNaN: true })),
  pitch: fc.oneof(fc.double({ min: -25, max: -6, noNaN: true }), fc.double({ min: 6, max: 25, noNaN: true })),
  roll: fc.double({ min: -5, max: 5, noNaN: true }),
  focalPx: fc.double({ min: 2000, max: 5000, noNaN: true }),
  distanceIn: fc.double({ min: 120, max: 260, noNaN: true }),
});

describe("wall inches ↔ photo pixels", () => {
  it("with the width and height typed, maps every wall point where the camera photographed it, corners or not", () => {
    const { corners, shot } = room();
    const plane = wallPlaneFromCorners({ corners, image, scale: { kind: "size", unit: "in", width: 96, height: 60 } });
    for (const p of [{ x: 0, y: 0 }, { x: 48, y: 30 }, { x: -30, y: 85 }, { x: 130, y: 10 }]) {
      expect(gap(wallToPhoto(plane, p), shot(p))).toBeLessThan(0.01);
      expect(gap(photoToWall(plane, shot(p)), p)).toBeLessThan(0.001);
    }
  });

  it("takes centimetres and keeps inches inside", () => {
    const plane = wallPlaneFromCorners({ corners: room().corners, image, scale: { kind: "size", unit: "cm", width: 243.84, height: 152.4 } });
    expect(plane.widthIn).toBeCloseTo(96, 9);
    expect(plane.heightIn).toBeCloseTo(60, 9);
    expect(plane.aspect).toBeNull();
  });

  it("with only the width, finds the height from the perspective within 1 % for any camera", () => {
    fc.assert(
      fc.property(cameras, (camera) => {
        const plane = wallPlaneFromCorners({ corners: room(camera).corners, image, scale: { kind: "size", unit: "in", width: 96 } });
        expect(plane.widthIn).toBe(96);
        within(plane.heightIn, 60, 0.01);
      }),
    );
  });

  it("from a line over a door's height (80 in), anywhere on the wall, finds the rectangle's size within 1 %", () => {
    fc.assert(
      fc.property(cameras, fc.double({ min: -40, max: 130, noNaN: true }), (camera, doorX) => {
        const { corners, shot } = room(camera);
        const door = { kind: "door" as const, top: shot({ x: doorX, y: floorY - 80 }), bottom: shot({ x: doorX, y: floorY }) };
        const plane = wallPlaneFromCorners({ corners, image, scale: door });
        within(plane.widthIn, 96, 0.01);
        within(plane.heightIn, 60, 0.01);
      }),
    );
  });

  it("from an A4 or Letter sheet taped upright or sideways, finds the rectangle's size within 1 %", () => {
    for (const [sheet, turned] of [["a4", false], ["a4", true], ["letter", false], ["letter", true]] as const) {
      const { corners, shot } = room({ yaw: -20, pitch: 14 });
      const { widthIn, heightIn } = SHEET_SIZES_IN[sheet];
      const paper = turned ? rectQuad(60, 20, heightIn, widthIn) : rectQuad(20, 40, widthIn, heightIn);
      const plane = wallPlaneFromCorners({ corners, image, scale: { kind: "sheet", sheet, corners: paper.map(shot) as unknown as Quad } });
      within(plane.widthIn, 96, 0.01);
      within(plane.heightIn, 60, 0.01);
    }
  });

  it("reads the floor line's height on the wall from two points where wall meets floor", () => {
    const { corners, shot } = room();
    const plane = wallPlaneOfSize(corners, 96, 60);
    expect(floorYFromLine(plane, shot({ x: -20, y: floorY }), shot({ x: 140, y: floorY }))).toBeCloseTo(floorY, 6);
  });

  it("draws a print's rectangle where the camera would see it, and refuses one past the horizon", () => {
    const { corners, shot } = room({ pitch: 0, yaw: 60, distanceIn: 120 });
    const plane = wallPlaneOfSize(corners, 96, 60);
    const print = { x: 30, y: 10, width: 24, height: 36 };
    rectInPhoto(plane, print).forEach((c, i) => expect(gap(c, shot(rectQuad(30, 10, 24, 36)[i as 0]!))).toBeLessThan(0.01));
    expect(() => rectInPhoto(plane, { x: 180, y: 10, width: 24, height: 36 })).toThrow(/horizon/);
  });
});

describe("refused walls", () => {
  const { corners, shot } = room();
  it("refuses corners in the wrong order", () => {
    const [tl, tr, br, bl] = corners;
    expect(() => wallPlaneOfSize([tl, bl, br, tr], 96, 60)).toThrow(/top-left, top-right, bottom-right, bottom-left/);
    expect(() => wallPlaneOfSize([tr, tl, br, bl], 96, 60)).toThrow(/cross or fold/);
  });

  it("refuses a size that is not a length above zero", () => {
    expect(() => wallPlaneFromCorners({ corners, image, scale: { kind: "size", unit: "in", width: 0 } })).toThrow(/above zero/);
    expect(() => wallPlaneFromCorners({ corners, image, scale: { kind: "size", unit: "in", width: 96, height: Number.NaN } })).toThrow(/above zero/);
  });

  it("refuses a door line drawn across the door or on one point", () => {
    const across = { kind: "door" as const, top: shot({ x: 10, y: 50 }), bottom: shot({ x: 90, y: 50 }) };
    const dot = { kind: "door" as const, top: shot({ x: 10, y: 50 }), bottom: shot({ x: 10, y: 50 }) };
    expect(() => wallPlaneFromCorners({ corners, image, scale: across })).toThrow(/upright/);
    expect(() => wallPlaneFromCorners({ corners, image, scale: dot })).toThrow(/two different points/);
  });
});
