// Checks and measures of a four-cornered shape, before any projective map is built from it.
import { WallGeometryError } from "./errors";
import type { Point, Quad } from "./types";

// A corner within about half a degree of a straight line makes a homography that wildly stretches
// one side; no rectangle on a wall photographs that way.
const MIN_CORNER_SINE = 0.01;

/** Twice the signed area of the triangle a, b, c: its sign says which way the path turns at b. */
export function turn(a: Point, b: Point, c: Point): number {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Signed area by the shoelace formula: positive when the corners go clockwise on screen (y down). */
export function quadArea(quad: Quad): number {
  let twice = 0;
  for (let i = 0; i < 4; i++) {
    const p = quad[i as 0 | 1 | 2 | 3];
    const q = quad[((i + 1) % 4) as 0 | 1 | 2 | 3];
    twice += p.x * q.y - q.x * p.y;
  }
  return twice / 2;
}

/**
 * Refuses a quad no rectangle in perspective can make (a coordinate that is not finite, two corners
 * on one point, three on one line, crossed or folded sides) and returns which way it goes round:
 * 1 clockwise on screen (y down), -1 the other way.
 */
export function assertConvexQuad(quad: Quad, name = "The corners"): 1 | -1 {
  if (!quad.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) {
    throw new WallGeometryError("not-finite", `${name}: every corner needs finite coordinates`);
  }
  const [a, b, c, d] = quad;
  const corners: [Point, Point, Point][] = [
    [d, a, b],
    [a, b, c],
    [b, c, d],
    [c, d, a],
  ];
  let sign = 0;
  for (const [before, at, after] of corners) {
    const lengths = distance(before, at) * distance(at, after);
    if (lengths === 0) throw new WallGeometryError("degenerate-quad", `${name}: two corners are on the same point`);
    const sine = turn(before, at, after) / lengths;
    if (Math.abs(sine) < MIN_CORNER_SINE) {
      throw new WallGeometryError("degenerate-quad", `${name}: three corners lie on one line; spread them to the rectangle's corners`);
    }
    if (sign !== 0 && Math.sign(sine) !== sign) {
      throw new WallGeometryError(
        "degenerate-quad",
        `${name}: the sides cross or fold inwards; place the corners top-left, top-right, bottom-right, bottom-left`,
      );
    }
    sign = Math.sign(sine);
  }
  return sign > 0 ? 1 : -1;
}

/** The four corners of an upright rectangle, in quad order. */
export function rectQuad(x: number, y: number, width: number, height: number): Quad {
  return [
    { x, y },
    { x: x + width, y },
    { x: x + width, y: y + height },
    { x, y: y + height },
  ];
}
