// A wall mockup as the editor keeps it and the server stores, validates and renders it: which wall,
// the four corners the shopper marked, that rectangle's real size, the floor line, and the prints.
import type { PlacedPrint, Quad } from "./types";

/** At most this many prints on one wall: a gallery wall, not a warehouse. */
export const MAX_PRINTS_PER_SCENE = 12;

/** A sample room drawn by the seed (known scale), or a photo this session uploaded. */
export type SceneWall = { kind: "sample"; roomId: string } | { kind: "photo"; wallPhotoId: string };

export interface MockupScene {
  wall: SceneWall;
  /** the marked rectangle in the wall image's pixels: top-left, top-right, bottom-right, bottom-left */
  corners: Quad;
  /** the marked rectangle's real size in inches */
  widthIn: number;
  heightIn: number;
  /** the floor line in wall inches (y grows downwards from the rectangle's top), when marked */
  floorY: number | null;
  prints: PlacedPrint[];
}

/** A sample room as the editor receives it: the image and its calibration, so the prints show at true size at once. */
export interface SampleRoom {
  id: string;
  title: string;
  imageUrl: string;
  width: number;
  height: number;
  corners: Quad;
  widthIn: number;
  heightIn: number;
  floorY: number | null;
}
