import { describe, expect, it } from "vitest";
import { SHEET_SIZES_IN, wallPlaneFromCorners, type Quad } from "~/shared/wall";
import { startingDoorLine, startingSheet } from "./reference-marks";

// A wall seen square on: 1000 × 600 px marked, in a 1600 × 1200 photo.
const corners: Quad = [{ x: 300, y: 300 }, { x: 1300, y: 300 }, { x: 1300, y: 900 }, { x: 300, y: 900 }];
const image = { width: 1600, height: 1200 };

describe("step 3's starting marks", () => {
  it("the door line starts over the marked rectangle's full height, so left there it makes it 80 in tall", () => {
    const [top, bottom] = startingDoorLine(corners);
    const plane = wallPlaneFromCorners({ corners, image, scale: { kind: "door", top, bottom } });
    expect(plane.heightIn).toBeCloseTo(80, 6);
    expect(plane.widthIn / plane.heightIn).toBeCloseTo(1000 / 600, 2);
  });

  it("the sheet starts as a tenth of the width and a fifth of the height in the middle; left there, Letter sets the scale from its area", () => {
    const sheet = startingSheet(corners);
    expect(sheet[0]).toEqual({ x: 750, y: 540 });
    expect(sheet[2]).toEqual({ x: 850, y: 660 });
    const plane = wallPlaneFromCorners({ corners, image, scale: { kind: "sheet", sheet: "letter", corners: sheet } });
    const { widthIn, heightIn } = SHEET_SIZES_IN.letter;
    // The marked sheet covers 1/10 × 1/5 of the rectangle.
    expect(plane.widthIn * 0.1 * plane.heightIn * 0.2).toBeCloseTo(widthIn * heightIn, 3);
  });
});
