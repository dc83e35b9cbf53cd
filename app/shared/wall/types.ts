// The wall editor's shapes, shared by the browser editor and the server that validates a saved scene.
// Wall coordinates are inches with x to the right and y downwards from the top-left corner of the
// marked rectangle (the same way round as the photo and the canvas), so a height above the floor is
// `floorY - y`.

/** A point in photo pixels or wall inches, whichever the function says. */
export interface Point {
  x: number;
  y: number;
}

/** Four corners in the order top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point];

/** A 3×3 projective matrix, row-major; only defined up to scale. */
export type Homography = readonly [number, number, number, number, number, number, number, number, number];

/** An upright rectangle in wall inches, `x`/`y` its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PrintMaterial = "paper" | "canvas" | "metal";

/** A print on the wall: its variant, and where it hangs in wall inches (top-left corner and size). */
export interface PlacedPrint extends Rect {
  id: string;
  variantId: number;
  material: PrintMaterial;
}

/** The photo's pixel size; its centre stands in for the camera's principal point. */
export interface ImageSize {
  width: number;
  height: number;
}

/** The marked rectangle's real size and the map between wall inches and photo pixels for the whole wall. */
export interface WallPlane {
  corners: Quad;
  widthIn: number;
  heightIn: number;
  wallToPhoto: Homography;
  photoToWall: Homography;
}
