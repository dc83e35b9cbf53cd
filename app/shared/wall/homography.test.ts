import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WallGeometryError } from "./errors";
import { applyHomography, composeHomographies, homographyFromQuads, invertHomography } from "./homography";
import { assertConvexQuad, rectQuad } from "./quad";
import type { Point, Quad } from "./types";

const wall = rectQuad(0, 0, 120, 80);

// A photo quad: a rectangle somewhere in a 4000 × 3000 photo with each corner pushed up to a
// fifth of the smaller side, kept only when convex: the shapes a wall photographs as.
const photoQuad = fc
  .record({
    x: fc.double({ min: 0, max: 2000, noNaN: true }),
    y: fc.double({ min: 0, max: 1500, noNaN: true }),
    w: fc.double({ min: 300, max: 2000, noNaN: true }),
    h: fc.double({ min: 300, max: 1500, noNaN: true }),
    jitter: fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ x, y, w, h, jitter }) => {
    const r = rectQuad(x, y, w, h);
    const s = Math.min(w, h);
    return r.map((p, i) => ({ x: p.x + jitter[2 * i]! * s, y: p.y + jitter[2 * i + 1]! * s })) as unknown as Quad;
  })
  .filter((q) => {
    try {
      return assertConvexQuad(q) === 1;
    } catch {
      return false;
    }
  });

const wallPoint = fc.record({ x: fc.double({ min: -60, max: 180, noNaN: true }), y: fc.double({ min: -40, max: 120, noNaN: true }) });

const gap = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe("homographyFromQuads", () => {
  it("sends each corner to its corner", () => {
    fc.assert(
      fc.property(photoQuad, (quad) => {
        const h = homographyFromQuads(wall, quad);
        wall.forEach((corner, i) => expect(gap(applyHomography(h, corner), quad[i as 0]!)).toBeLessThan(1e-6));
      }),
    );
  });

  it("round-trips wall → photo → wall, and photo → wall → photo, within 0.01 px", () => {
    fc.assert(
      fc.property(photoQuad, wallPoint, (quad, p) => {
        const toPhoto = homographyFromQuads(wall, quad);
        const toWall = invertHomography(toPhoto);
        const inPhoto = applyHomography(toPhoto, p);
        expect(gap(applyHomography(toWall, inPhoto), p)).toBeLessThan(0.01);
        expect(gap(applyHomography(toPhoto, applyHomography(toWall, inPhoto)), inPhoto)).toBeLessThan(0.01);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with the inverse solved the other way round", () => {
    fc.assert(
      fc.property(photoQuad, wallPoint, (quad, p) => {
        const back = homographyFromQuads(quad, wall);
        const inPhoto = applyHomography(homographyFromQuads(wall, quad), p);
        expect(gap(applyHomography(back, inPhoto), p)).toBeLessThan(0.01);
      }),
    );
  });

  it("keeps straight lines straight (a projective map, not a warp)", () => {
    const h = homographyFromQuads(wall, [
      { x: 100, y: 200 },
      { x: 1900, y: 50 },
      { x: 2000, y: 1600 },
      { x: 150, y: 1300 },
    ]);
    const [a, m, b] = [{ x: 0, y: 10 }, { x: 60, y: 40 }, { x: 120, y: 70 }].map((p) => applyHomography(h, p)) as [Point, Point, Point];
    const cross = (m.x - a.x) * (b.y - a.y) - (m.y - a.y) * (b.x - a.x);
    expect(Math.abs(cross) / (gap(a, m) * gap(a, b))).toBeLessThan(1e-9);
  });

  it("refuses three collinear corners", () => {
    const flat: Quad = [
      { x: 0, y: 0 },
      { x: 500, y: 0 },
      { x: 1000, y: 0 },
      { x: 200, y: 700 },
    ];
    expect(() => homographyFromQuads(wall, flat)).toThrow(WallGeometryError);
    expect(() => homographyFromQuads(wall, flat)).toThrow(/three corners lie on one line/);
  });

  it("refuses crossed corners (a bow tie) and a folded, concave quad", () => {
    const crossed: Quad = [
      { x: 0, y: 0 },
      { x: 1000, y: 0 },
      { x: 0, y: 800 },
      { x: 1000, y: 800 },
    ];
    const folded: Quad = [
      { x: 0, y: 0 },
      { x: 1000, y: 0 },
      { x: 300, y: 200 },
      { x: 0, y: 800 },
    ];
    expect(() => homographyFromQuads(wall, crossed)).toThrow(/cross or fold/);
    expect(() => homographyFromQuads(wall, folded)).toThrow(/cross or fold/);
  });

  it("refuses two corners on one point, a coordinate that is not finite, and corners going the other way round", () => {
    const doubled: Quad = [{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 900, y: 900 }, { x: 0, y: 900 }];
    const broken: Quad = [{ x: 0, y: 0 }, { x: Number.NaN, y: 0 }, { x: 900, y: 900 }, { x: 0, y: 900 }];
    const mirrored: Quad = [{ x: 0, y: 0 }, { x: 0, y: 900 }, { x: 900, y: 900 }, { x: 900, y: 0 }];
    expect(() => homographyFromQuads(wall, doubled)).toThrow(/same point/);
    expect(() => homographyFromQuads(wall, broken)).toThrow(/finite/);
    expect(() => homographyFromQuads(wall, mirrored)).toThrow(expect.objectContaining({ problem: "wrong-order" }));
  });
});

describe("invertHomography and composeHomographies", () => {
  it("an inverse composed with its map is the identity", () => {
    const h = homographyFromQuads(wall, [
      { x: 10, y: 20 },
      { x: 900, y: 80 },
      { x: 850, y: 700 },
      { x: 40, y: 600 },
    ]);
    const identity = composeHomographies(invertHomography(h), h);
    [1, 0, 0, 0, 1, 0, 0, 0, 1].forEach((v, i) => expect(identity[i as 0]).toBeCloseTo(v, 9));
  });

  it("refuses a map that flattens the plane", () => {
    expect(() => invertHomography([1, 2, 3, 2, 4, 6, 0, 0, 1])).toThrow(WallGeometryError);
  });

  it("refuses a point on the line sent to infinity instead of returning Infinity", () => {
    expect(() => applyHomography([1, 0, 0, 0, 1, 0, 1, 0, 0], { x: 0, y: 5 })).toThrow(/horizon/);
  });
});
