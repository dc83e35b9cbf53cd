// Objects of known size the shopper can mark instead of measuring the wall: a door, a sheet of paper.
import { WallGeometryError } from "./errors";
import { applyHomography } from "./homography";
import { assertConvexQuad, distance, quadArea } from "./quad";
import type { Point, Quad, WallPlane } from "./types";
import { cmToInches } from "./units";

/** A standard interior door in the US: 80 in (203.2 cm). */
export const DOOR_HEIGHT_IN = 80;

export const SHEET_SIZES_IN = {
  a4: { widthIn: cmToInches(21), heightIn: cmToInches(29.7) },
  letter: { widthIn: 8.5, heightIn: 11 },
} as const;

export type SheetSize = keyof typeof SHEET_SIZES_IN;

export type ReferenceObject =
  /** a vertical line over a standard door's height, its two ends in photo pixels */
  | { kind: "door"; top: Point; bottom: Point }
  /** the four corners of a sheet taped flat to the wall, in photo pixels, either way up */
  | { kind: "sheet"; sheet: SheetSize; corners: Quad };

// A door line leaning more than this on the wall was drawn across the door, not up it.
const MAX_DOOR_LEAN_DEGREES = 20;

/**
 * Inches per unit of `plane` (a plane right in shape, arbitrary in scale) from a reference object
 * lying on it; a sheet is measured by its area, so it may be marked upright or on its side.
 */
export function scaleFromReference(plane: WallPlane, reference: ReferenceObject): number {
  const toPlane = (p: Point) => applyHomography(plane.photoToWall, p);
  if (reference.kind === "door") {
    const [top, bottom] = [toPlane(reference.top), toPlane(reference.bottom)];
    const length = distance(top, bottom);
    if (!(length > 0)) throw new WallGeometryError("bad-size", "Mark the door's top and bottom at two different points");
    const lean = (Math.atan2(Math.abs(bottom.x - top.x), Math.abs(bottom.y - top.y)) * 180) / Math.PI;
    if (lean > MAX_DOOR_LEAN_DEGREES) throw new WallGeometryError("bad-size", "Draw the door line upright, from the top of the door to the floor");
    return DOOR_HEIGHT_IN / length;
  }
  assertConvexQuad(reference.corners, "The sheet's corners");
  const onPlane = reference.corners.map(toPlane) as unknown as Quad;
  const { widthIn, heightIn } = SHEET_SIZES_IN[reference.sheet];
  return Math.sqrt((widthIn * heightIn) / Math.abs(quadArea(onPlane)));
}
