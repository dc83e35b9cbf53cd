// The hanging guide: where to put each nail for a saved arrangement, measured the way one hangs a
// gallery wall (first mark the arrangement's centre, then measure from it) and from the floor.
import { centreOf, groupBounds } from "./gallery";
import type { PlacedPrint, PrintMaterial } from "./types";
import { roundToEighth, roundToMm } from "./units";

// Typical distances from a print's top edge down to where it rests on the nail; the hanging-guide
// page explains them and asks the shopper to measure their own print before drilling.
/** Paper prints come framed with a wire: pulled taut it sits about 3 in below the frame's top. */
export const PAPER_FRAME_WIRE_OFFSET_IN = 3;
/** Canvas hangs by its stretcher bar or a sawtooth hanger, about 2 in down. */
export const CANVAS_HANGER_OFFSET_IN = 2;
/** Metal prints have a float mount (a cleat) about 1.5 in below the top edge. */
export const METAL_FLOAT_MOUNT_OFFSET_IN = 1.5;

export const HANGER_OFFSET_IN: Record<PrintMaterial, number> = {
  paper: PAPER_FRAME_WIRE_OFFSET_IN,
  canvas: CANVAS_HANGER_OFFSET_IN,
  metal: METAL_FLOAT_MOUNT_OFFSET_IN,
};

/** One length as a tape measure reads it: inches to the nearest 1/8, and whole millimetres. */
export interface Measure {
  in: number;
  mm: number;
}

export interface Nail {
  printId: string;
  variantId: number;
  material: PrintMaterial;
  widthIn: number;
  heightIn: number;
  hangerOffsetIn: number;
  /** right of the arrangement's centre (negative: left of it) */
  rightOfCentre: Measure;
  /** above the arrangement's centre (negative: below it) */
  aboveCentre: Measure;
  /** above the floor line; null when the floor was not marked */
  aboveFloor: Measure | null;
}

export interface HangingGuide {
  /** the arrangement's centre above the floor line, to mark first; null without a floor line */
  centreAboveFloor: Measure | null;
  nails: Nail[];
}

const measure = (inches: number): Measure => ({ in: roundToEighth(inches) || 0, mm: roundToMm(inches) || 0 });

/**
 * One nail a print, at the centre of its width and its hanger offset below its top edge, measured
 * from the arrangement's centre and, when `floorY` (the floor line in wall inches) is known, from
 * the floor; listed left to right, and top to bottom where nails share a column.
 */
export function hangingGuide(prints: readonly PlacedPrint[], floorY: number | null = null): HangingGuide {
  if (prints.length === 0) return { centreAboveFloor: null, nails: [] };
  const centre = centreOf(groupBounds(prints));
  const nails = prints.map((print) => {
    const hangerOffsetIn = HANGER_OFFSET_IN[print.material];
    const nail = { x: print.x + print.width / 2, y: print.y + hangerOffsetIn };
    return {
      at: nail,
      nail: {
        printId: print.id,
        variantId: print.variantId,
        material: print.material,
        widthIn: print.width,
        heightIn: print.height,
        hangerOffsetIn,
        rightOfCentre: measure(nail.x - centre.x),
        aboveCentre: measure(centre.y - nail.y),
        aboveFloor: floorY === null ? null : measure(floorY - nail.y),
      },
    };
  });
  nails.sort(
    (a, b) =>
      roundToEighth(a.at.x) - roundToEighth(b.at.x) ||
      roundToEighth(a.at.y) - roundToEighth(b.at.y) ||
      (a.nail.printId < b.nail.printId ? -1 : a.nail.printId > b.nail.printId ? 1 : 0),
  );
  return { centreAboveFloor: floorY === null ? null : measure(floorY - centre.y), nails: nails.map((n) => n.nail) };
}
