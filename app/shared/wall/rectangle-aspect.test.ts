import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rectQuad } from "./quad";
import { estimateRectangleAspect } from "./rectangle-aspect";
import { cameraHomography, projectQuad, type SyntheticCamera } from "./testing/synthetic-camera";

const image = { width: 4032, height: 3024 };
const sofaWall = rectQuad(0, 0, 96, 60);

function photograph(camera: Partial<SyntheticCamera>) {
  const h = cameraHomography({ image, focalPx: 3000, target: { x: 48, y: 30 }, distanceIn: 150, yaw: 0, pitch: 0, ...camera });
  return projectQuad(h, sofaWall);
}

describe("estimateRectangleAspect", () => {
  it("reads the focal length and the ratio from a wall seen turned and tilted", () => {
    const estimate = estimateRectangleAspect(photograph({ yaw: 30, pitch: 12 }), image);
    expect(estimate.method).toBe("focal-length");
    expect(estimate.focalPx).toBeCloseTo(3000, 3);
    expect(estimate.aspect).toBeCloseTo(96 / 60, 9);
  });

  it("recovers the ratio within 1 % for any camera that sees the wall from the side and from below or above", () => {
    fc.assert(
      fc.property(
        fc.record({
          yaw: fc.oneof(fc.double({ min: -50, max: -5, noNaN: true }), fc.double({ min: 5, max: 50, noNaN: true })),
          pitch: fc.oneof(fc.double({ min: -30, max: -5, noNaN: true }), fc.double({ min: 5, max: 30, noNaN: true })),
          roll: fc.double({ min: -8, max: 8, noNaN: true }),
          focalPx: fc.double({ min: 1500, max: 6000, noNaN: true }),
          distanceIn: fc.double({ min: 90, max: 300, noNaN: true }),
        }),
        (camera) => {
          const { aspect } = estimateRectangleAspect(photograph(camera), image);
          expect(Math.abs(aspect / (96 / 60) - 1)).toBeLessThan(0.01);
        },
      ),
    );
  });

  it("takes the side ratio for a photo taken straight on", () => {
    const estimate = estimateRectangleAspect(photograph({ yaw: 0.1, pitch: 0.1 }), image);
    expect(estimate.method).toBe("side-lengths");
    expect(estimate.aspect).toBeCloseTo(96 / 60, 3);
  });

  it("uses a phone's usual lens when a level camera is only turned, and is exact when the phone has it", () => {
    const estimate = estimateRectangleAspect(photograph({ yaw: 35, focalPx: 0.75 * 4032 }), image);
    expect(estimate.method).toBe("typical-focal-length");
    expect(estimate.aspect).toBeCloseTo(96 / 60, 9);
  });

  it("is exact for a level, turned camera when its focal length is given", () => {
    const estimate = estimateRectangleAspect(photograph({ yaw: 40, focalPx: 2200 }), image, 2200);
    expect(estimate).toMatchObject({ method: "given-focal-length", focalPx: 2200 });
    expect(estimate.aspect).toBeCloseTo(96 / 60, 9);
  });
});
