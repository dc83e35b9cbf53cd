// The four-point homography, solved here (an 8×8 linear system) rather than by a dependency.
import { WallGeometryError } from "./errors";
import { assertConvexQuad } from "./quad";
import type { Homography, Point, Quad } from "./types";

type Matrix3 = Homography;

/** Composes two maps: the result applies `second` after `first`. */
export function composeHomographies(second: Homography, first: Homography): Homography {
  const m = new Array<number>(9);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      m[r * 3 + c] = second[r * 3]! * first[c]! + second[r * 3 + 1]! * first[3 + c]! + second[r * 3 + 2]! * first[6 + c]!;
    }
  }
  return m as unknown as Matrix3;
}

/** Maps a point; throws rather than return Infinity or NaN for a point on the line the map sends to infinity. */
export function applyHomography(h: Homography, p: Point): Point {
  const w = h[6] * p.x + h[7] * p.y + h[8];
  const x = (h[0] * p.x + h[1] * p.y + h[2]) / w;
  const y = (h[3] * p.x + h[4] * p.y + h[5]) / w;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    throw new WallGeometryError("singular", "This point has no image: it lies on the horizon of the wall");
  }
  return { x, y };
}

/** The inverse map (adjugate over determinant), so inverse ∘ h is the identity, not just up to scale. */
export function invertHomography(h: Homography): Homography {
  const [a, b, c, d, e, f, g, i, j] = h;
  const co = [e * j - f * i, -(d * j - f * g), d * i - e * g];
  const det = a * co[0]! + b * co[1]! + c * co[2]!;
  const size = Math.hypot(...h);
  if (!Number.isFinite(det) || Math.abs(det) <= 1e-12 * size ** 3) {
    throw new WallGeometryError("singular", "This map flattens the plane onto a line and cannot be inverted");
  }
  const adj = [co[0]!, -(b * j - c * i), b * f - c * e, co[1]!, a * j - c * g, -(a * f - c * d), co[2]!, -(a * i - b * g), a * e - b * d];
  return adj.map((v) => v / det) as unknown as Homography;
}

// Hartley's normalisation: centring each quad and scaling it to unit size keeps the system well
// conditioned whatever the photo's resolution.
function normaliser(quad: Quad): Homography {
  const cx = quad.reduce((s, p) => s + p.x, 0) / 4;
  const cy = quad.reduce((s, p) => s + p.y, 0) / 4;
  const spread = quad.reduce((s, p) => s + Math.hypot(p.x - cx, p.y - cy), 0) / 4;
  const k = Math.SQRT2 / spread;
  return [k, 0, -k * cx, 0, k, -k * cy, 0, 0, 1];
}

/** Solves a·x = b by Gaussian elimination with partial pivoting; throws when a is singular. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-12) throw new WallGeometryError("singular", "These corners do not fix a perspective map");
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    const top = a[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = a[r]!;
      const factor = row[col]! / top[col]!;
      for (let k = col; k < n; k++) row[k]! -= factor * top[k]!;
      b[r]! -= factor * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = b[r]!;
    for (let k = r + 1; k < n; k++) sum -= a[r]![k]! * x[k]!;
    x[r] = sum / a[r]![r]!;
  }
  return x;
}

/**
 * The homography sending each corner of `from` to the same corner of `to` (direct linear
 * transform, h33 = 1 in normalised coordinates). Both quads must be convex and go round the same
 * way, or a clear WallGeometryError says what is wrong with them.
 */
export function homographyFromQuads(from: Quad, to: Quad): Homography {
  if (assertConvexQuad(from, "The first shape") !== assertConvexQuad(to, "The second shape")) {
    throw new WallGeometryError("wrong-order", "The corners go round the other way; place them top-left, top-right, bottom-right, bottom-left");
  }
  const nFrom = normaliser(from);
  const nTo = normaliser(to);
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const p = applyHomography(nFrom, from[i as 0 | 1 | 2 | 3]);
    const q = applyHomography(nTo, to[i as 0 | 1 | 2 | 3]);
    a.push([p.x, p.y, 1, 0, 0, 0, -q.x * p.x, -q.x * p.y], [0, 0, 0, p.x, p.y, 1, -q.y * p.x, -q.y * p.y]);
    b.push(q.x, q.y);
  }
  const h = solve(a, b);
  const normalised = [...h, 1] as unknown as Homography;
  return composeHomographies(invertHomography(nTo), composeHomographies(normalised, nFrom));
}
