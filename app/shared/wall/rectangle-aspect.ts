// How wide a rectangle on the wall is for its height, read from the four corners of its photo alone.
// Zhang and He's method ("Whiteboard scanning and image enhancement", 2007): with the camera a pinhole
// whose principal point is the image centre, the corners fix the focal length, and with it the ratio.
import { assertConvexQuad, distance } from "./quad";
import type { ImageSize, Point, Quad } from "./types";

type Vec3 = [number, number, number];

export type AspectMethod = "focal-length" | "given-focal-length" | "side-lengths" | "typical-focal-length";

export interface AspectEstimate {
  /** width over height of the marked rectangle */
  aspect: number;
  /** how it was found: the focal length the corners imply, one given, the plain side ratio, or a phone's usual lens */
  method: AspectMethod;
  /** the focal length used, in pixels; null for the side ratio */
  focalPx: number | null;
}

// A phone's main camera is about 26 mm in 35 mm terms: a focal length of 0.75 of the long edge.
const TYPICAL_FOCAL_PER_LONG_EDGE = 0.75;
// From an ultra-wide (13 mm) to a long telephoto (about 100 mm); outside it the corners are too noisy to trust.
const PLAUSIBLE_FOCAL_PER_LONG_EDGE = [0.25, 4] as const;
// When opposite sides are parallel to within this (as a ratio of the corners' depths) the photo is
// taken straight on and the focal length cannot be read from it.
const NEARLY_PARALLEL = 0.01;

const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The plain ratio of the average of the top and bottom sides to the average of the left and right. */
export function sideLengthAspect([tl, tr, br, bl]: Quad): number {
  return (distance(tl, tr) + distance(bl, br)) / (distance(tl, bl) + distance(tr, br));
}

/**
 * Width over height of the rectangle whose photo is `corners`, exact for a pinhole camera centred
 * on the image; it falls back to the side ratio for a photo taken straight on, and to a phone's
 * usual focal length when only one pair of sides converges (a level camera turned to the wall).
 */
export function estimateRectangleAspect(corners: Quad, image: ImageSize, focalPx?: number): AspectEstimate {
  assertConvexQuad(corners);
  const longEdge = Math.max(image.width, image.height);
  const centred = (p: Point): Vec3 => [(p.x - image.width / 2) / longEdge, (p.y - image.height / 2) / longEdge, 1];
  // Zhang and He number the corners (0,0), (w,0), (0,h), (w,h).
  const [m1, m2, m4, m3] = corners.map(centred) as [Vec3, Vec3, Vec3, Vec3];
  const k2 = dot(cross(m1, m4), m3) / dot(cross(m2, m4), m3);
  const k3 = dot(cross(m1, m4), m2) / dot(cross(m3, m4), m2);
  const n2 = m2.map((v, i) => k2 * v - m1[i]!) as Vec3;
  const n3 = m3.map((v, i) => k3 * v - m1[i]!) as Vec3;
  const ratioWith = (f: number) => Math.sqrt((n2[0] ** 2 + n2[1] ** 2 + f * f * n2[2] ** 2) / (n3[0] ** 2 + n3[1] ** 2 + f * f * n3[2] ** 2));

  if (focalPx !== undefined && Number.isFinite(focalPx) && focalPx > 0) {
    const f = focalPx / longEdge;
    return { aspect: ratioWith(f), method: "given-focal-length", focalPx };
  }
  const converging = Math.abs(n2[2]) >= NEARLY_PARALLEL && Math.abs(n3[2]) >= NEARLY_PARALLEL;
  if (converging) {
    const f2 = -(n2[0] * n3[0] + n2[1] * n3[1]) / (n2[2] * n3[2]);
    const f = Math.sqrt(f2);
    if (f2 > 0 && f >= PLAUSIBLE_FOCAL_PER_LONG_EDGE[0] && f <= PLAUSIBLE_FOCAL_PER_LONG_EDGE[1]) {
      return { aspect: ratioWith(f), method: "focal-length", focalPx: f * longEdge };
    }
  }
  if (Math.abs(n2[2]) < NEARLY_PARALLEL && Math.abs(n3[2]) < NEARLY_PARALLEL) {
    return { aspect: sideLengthAspect(corners), method: "side-lengths", focalPx: null };
  }
  return { aspect: ratioWith(TYPICAL_FOCAL_PER_LONG_EDGE), method: "typical-focal-length", focalPx: TYPICAL_FOCAL_PER_LONG_EDGE * longEdge };
}
