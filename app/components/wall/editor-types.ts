// What the wall editor holds besides the scene itself: the wall image, the catalogue photos whose
// prints are on it, and the step the shopper is on.
import type { PlacedPrint, Point, PrintMaterial, Quad, SceneWall, SheetSize, SoldSize } from "~/shared/wall";

export type EditorStep = 1 | 2 | 3 | 4 | 5;

export const STEP_TITLES: Record<EditorStep, string> = { 1: "Your wall", 2: "The wall plane", 3: "Real size", 4: "Place prints", 5: "Save and share" };

export interface WallImage {
  source: SceneWall;
  imageUrl: string;
  width: number;
  height: number;
}

/** A catalogue photo as the editor draws it: its image, proportions and the sizes sold in each material. */
export interface PrintPhoto {
  slug: string;
  title: string;
  imageUrl: string;
  /** width over height */
  aspect: number;
  variants: (SoldSize & { id: number; material: PrintMaterial })[];
}

/** The part of the state undo and redo step through. */
export interface SceneSnapshot {
  corners: Quad | null;
  size: { widthIn: number; heightIn: number } | null;
  floorY: number | null;
  prints: PlacedPrint[];
}

/** How the shopper measured the wall in step 3, kept so going back there shows the same marks. */
export interface ScaleMarks {
  method: "typed" | "door" | "sheet";
  typed: { unit: "in" | "cm"; width: string; height: string };
  door: Point[];
  sheet: Point[];
  sheetSize: SheetSize;
  /** where the wall meets the floor, two points in the photo; null when not marked */
  floor: Point[] | null;
}

export interface EditorState extends SceneSnapshot {
  step: EditorStep;
  wall: WallImage | null;
  photos: Record<string, PrintPhoto>;
  selectedId: string | null;
  past: SceneSnapshot[];
  future: SceneSnapshot[];
  /** the print the shopper came in with, placed when the wall is first ready */
  entering: { slug: string; variantId: number } | null;
  draftId: string | null;
  marks: ScaleMarks | null;
}
