// The wall plane: from four corners in the photo and one real measure, the map between wall inches
// and photo pixels for the whole wall, not only inside the marked rectangle.
import { WallGeometryError } from "./errors";
import { applyHomography, homographyFromQuads, invertHomography } from "./homography";
import { assertConvexQuad, rectQuad } from "./quad";
import { estimateRectangleAspect, type AspectEstimate } from "./rectangle-aspect";
import { scaleFromReference, type ReferenceObject } from "./reference-objects";
import type { ImageSize, Point, Quad, Rect, WallPlane } from "./types";
import { cmToInches } from "./units";

/** What the shopper told us about size: the marked rectangle's own measure, or a known object on the wall. */
export type WallScale = { kind: "size"; unit: "in" | "cm"; width: number; height?: number } | ReferenceObject;

export interface WallPlaneInput {
  /** the marked rectangle in photo pixels: top-left, top-right, bottom-right, bottom-left */
  corners: Quad;
  image: ImageSize;
  scale: WallScale;
  /** the camera's focal length in pixels, when known; otherwise read from the corners */
  focalPx?: number;
}

function positiveLength(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new WallGeometryError("bad-size", `${what} must be a length above zero`);
  return value;
}

/**
 * The plane for a marked rectangle of known size: what the server rebuilds from a saved scene.
 * Refuses corners that are degenerate or not in the order top-left, top-right, bottom-right, bottom-left.
 */
export function wallPlaneOfSize(corners: Quad, widthIn: number, heightIn: number): WallPlane {
  positiveLength(widthIn, "The width");
  positiveLength(heightIn, "The height");
  if (assertConvexQuad(corners) !== 1) {
    throw new WallGeometryError("wrong-order", "Place the corners top-left, top-right, bottom-right, bottom-left");
  }
  const wallToPhoto = homographyFromQuads(rectQuad(0, 0, widthIn, heightIn), corners);
  return { corners, widthIn, heightIn, wallToPhoto, photoToWall: invertHomography(wallToPhoto) };
}

/**
 * The plane from the editor's inputs. A width and height are taken as typed; otherwise the marked
 * rectangle's proportions come from its perspective (`aspect` says how) and the measure sets its size.
 */
export function wallPlaneFromCorners(input: WallPlaneInput): WallPlane & { aspect: AspectEstimate | null } {
  const { corners, image, scale } = input;
  const toInches = (v: number) => (scale.kind === "size" && scale.unit === "cm" ? cmToInches(v) : v);
  if (scale.kind === "size" && scale.height !== undefined) {
    const [widthIn, heightIn] = [toInches(positiveLength(scale.width, "The width")), toInches(positiveLength(scale.height, "The height"))];
    return { ...wallPlaneOfSize(corners, widthIn, heightIn), aspect: null };
  }
  positiveLength(image.width, "The photo's width");
  positiveLength(image.height, "The photo's height");
  const aspect = estimateRectangleAspect(corners, image, input.focalPx);
  // In units of the marked rectangle's height: a plane right in shape, wrong only in scale.
  const unitPlane = wallPlaneOfSize(corners, aspect.aspect, 1);
  const heightIn = scale.kind === "size" ? toInches(positiveLength(scale.width, "The width")) / aspect.aspect : scaleFromReference(unitPlane, scale);
  return { ...wallPlaneOfSize(corners, heightIn * aspect.aspect, heightIn), aspect };
}

/** A photo pixel's place on the wall, in inches. */
export function photoToWall(plane: WallPlane, p: Point): Point {
  return applyHomography(plane.photoToWall, p);
}

/** A wall point's pixel in the photo. */
export function wallToPhoto(plane: WallPlane, p: Point): Point {
  return applyHomography(plane.wallToPhoto, p);
}

const depthSign = (plane: WallPlane, p: Point) => Math.sign(plane.wallToPhoto[6] * p.x + plane.wallToPhoto[7] * p.y + plane.wallToPhoto[8]);

/**
 * A wall rectangle's four corners in the photo, for drawing a print in perspective; refuses one
 * that reaches past the horizon, where the map would fold it through infinity.
 */
export function rectInPhoto(plane: WallPlane, rect: Rect): Quad {
  const front = depthSign(plane, { x: plane.widthIn / 2, y: plane.heightIn / 2 });
  const corners = rectQuad(rect.x, rect.y, rect.width, rect.height);
  if (!corners.every((c) => depthSign(plane, c) === front)) {
    throw new WallGeometryError("singular", "This print reaches past the wall's horizon in the photo");
  }
  return corners.map((c) => wallToPhoto(plane, c)) as unknown as Quad;
}

/** The floor line's height on the wall (its y in wall inches), from two photo points where wall meets floor. */
export function floorYFromLine(plane: WallPlane, a: Point, b: Point): number {
  return (photoToWall(plane, a).y + photoToWall(plane, b).y) / 2;
}
