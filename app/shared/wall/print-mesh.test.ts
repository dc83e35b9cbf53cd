import { describe, expect, it } from "vitest";
import { printMesh } from "./print-mesh";
import { rectQuad } from "./quad";
import { cameraHomography, projectQuad } from "./testing/synthetic-camera";
import type { Point } from "./types";
import { wallPlaneOfSize, wallToPhoto } from "./wall-plane";

const image = { width: 4032, height: 3024 };
const h = cameraHomography({ image, focalPx: 2600, target: { x: 48, y: 30 }, distanceIn: 110, yaw: 45, pitch: 15 });
const plane = wallPlaneOfSize(projectQuad(h, rectQuad(0, 0, 96, 60)), 96, 60);
const print = { x: 30, y: 10, width: 40, height: 30 };

// The affine map of one triangle, applied to a point given in the triangle's source coordinates.
function affine(tri: { source: Point[]; target: Point[] }, p: Point): Point {
  const [s0, s1, s2] = tri.source as [Point, Point, Point];
  const [t0, t1, t2] = tri.target as [Point, Point, Point];
  const det = (s1.x - s0.x) * (s2.y - s0.y) - (s2.x - s0.x) * (s1.y - s0.y);
  const u = ((p.x - s0.x) * (s2.y - s0.y) - (s2.x - s0.x) * (p.y - s0.y)) / det;
  const v = ((s1.x - s0.x) * (p.y - s0.y) - (p.x - s0.x) * (s1.y - s0.y)) / det;
  return { x: t0.x + u * (t1.x - t0.x) + v * (t2.x - t0.x), y: t0.y + u * (t1.y - t0.y) + v * (t2.y - t0.y) };
}

describe("printMesh", () => {
  it("covers the print with two triangles a cell, their corners where the homography puts them", () => {
    const mesh = printMesh(plane, print, 8);
    expect(mesh).toHaveLength(128);
    const last = mesh[mesh.length - 1]!;
    expect(last.source[1]).toEqual({ x: 1, y: 1 });
    const corner = wallToPhoto(plane, { x: 70, y: 40 });
    expect(last.target[1].x).toBeCloseTo(corner.x, 9);
    expect(last.target[1].y).toBeCloseTo(corner.y, 9);
  });

  it("bends less than half a pixel from true perspective at 16 divisions, seen steeply", () => {
    let worst = 0;
    for (const tri of printMesh(plane, print, 16)) {
      const centroid = { x: (tri.source[0].x + tri.source[1].x + tri.source[2].x) / 3, y: (tri.source[0].y + tri.source[1].y + tri.source[2].y) / 3 };
      const drawn = affine(tri, centroid);
      const truth = wallToPhoto(plane, { x: print.x + centroid.x * print.width, y: print.y + centroid.y * print.height });
      worst = Math.max(worst, Math.hypot(drawn.x - truth.x, drawn.y - truth.y));
    }
    expect(worst).toBeLessThan(0.5);
  });

  it("refuses a number of divisions it cannot draw", () => {
    expect(() => printMesh(plane, print, 0)).toThrow(/divisions/);
    expect(() => printMesh(plane, print, 2.5)).toThrow(/divisions/);
  });
});
