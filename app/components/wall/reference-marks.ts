// Where the door line, the sheet's corners and the floor line start in step 3: inside the marked rectangle, where
// the shopper only has to nudge them onto the real object.
import type { Point, Quad } from "~/shared/wall";

const mix = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

export function startingDoorLine(corners: Quad): [Point, Point] {
  return [mix(corners[0], corners[1], 0.15), mix(corners[3], corners[2], 0.15)];
}

export function startingSheet(corners: Quad): Quad {
  const top = (t: number) => mix(corners[0], corners[1], t);
  const bottom = (t: number) => mix(corners[3], corners[2], t);
  const at = (u: number, v: number) => mix(top(u), bottom(u), v);
  return [at(0.45, 0.4), at(0.55, 0.4), at(0.55, 0.6), at(0.45, 0.6)];
}

/** The floor line starts on the marked rectangle's bottom edge: often it is the skirting already. */
export function startingFloorLine(corners: Quad): [Point, Point] {
  return [mix(corners[3], corners[2], 0.1), mix(corners[3], corners[2], 0.9)];
}
