// A pinhole camera for tests: it photographs points of the wall plane (z = 0, inches, y down), so a
// test knows the true wall size behind every quad it hands to the geometry.
import type { Homography, Point, Quad } from "../types";

type Vec3 = [number, number, number];

export interface SyntheticCamera {
  image: { width: number; height: number };
  focalPx: number;
  /** the wall point the camera looks at */
  target: Point;
  distanceIn: number;
  /** degrees: turned left or right of straight on, tilted up or down, rolled about the lens */
  yaw: number;
  pitch: number;
  roll?: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const unit = (a: Vec3): Vec3 => {
  const n = Math.hypot(...a);
  return [a[0] / n, a[1] / n, a[2] / n];
};
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The homography wall inches → photo pixels of this camera: K [r1 r2 t]. */
export function cameraHomography(camera: SyntheticCamera): Homography {
  const target: Vec3 = [camera.target.x, camera.target.y, 0];
  const [yaw, pitch, roll] = [rad(camera.yaw), rad(camera.pitch), rad(camera.roll ?? 0)];
  const offset: Vec3 = [Math.sin(yaw) * Math.cos(pitch), -Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch)];
  const centre: Vec3 = [target[0] + camera.distanceIn * offset[0], target[1] + camera.distanceIn * offset[1], camera.distanceIn * offset[2]];
  const forward = unit(sub(target, centre));
  const level = unit(cross([0, 1, 0], forward));
  const downLevel = cross(forward, level);
  const right: Vec3 = level.map((v, i) => Math.cos(roll) * v + Math.sin(roll) * downLevel[i]!) as Vec3;
  const down = cross(forward, right);
  const rows = [right, down, forward];
  const t = rows.map((r) => -dot(r, centre)) as Vec3;
  const [cx, cy, f] = [camera.image.width / 2, camera.image.height / 2, camera.focalPx];
  const k = [
    [f, 0, cx],
    [0, f, cy],
    [0, 0, 1],
  ];
  const columns = [0, 1].map((c) => rows.map((r) => r[c]!)).concat([t]);
  const h: number[] = [];
  for (const kr of k) for (const col of columns) h.push(kr[0]! * col[0]! + kr[1]! * col[1]! + kr[2]! * col[2]!);
  return h as unknown as Homography;
}

export function project(h: Homography, p: Point): Point {
  const w = h[6] * p.x + h[7] * p.y + h[8];
  return { x: (h[0] * p.x + h[1] * p.y + h[2]) / w, y: (h[3] * p.x + h[4] * p.y + h[5]) / w };
}

export function projectQuad(h: Homography, quad: Quad): Quad {
  return quad.map((p) => project(h, p)) as unknown as Quad;
}
