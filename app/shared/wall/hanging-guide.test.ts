import { describe, expect, it } from "vitest";
import { hangingGuide } from "./hanging-guide";
import type { PlacedPrint } from "./types";

const print = (id: string, material: PlacedPrint["material"], x: number, y: number, width: number, height: number): PlacedPrint => ({
  id,
  variantId: id.length,
  material,
  x,
  y,
  width,
  height,
});

// Three prints over a sofa: a 24 × 36 paper print between two 16 × 20 canvases, 2.5 in apart,
// the floor line 100 in below the top of the wall rectangle.
const sofa = [print("right", "canvas", 61.5, 28, 16, 20), print("middle", "paper", 35, 20, 24, 36), print("left", "metal", 16.5, 28, 16, 20)];

describe("hangingGuide", () => {
  it("puts each nail at the print's centre line, its hanger offset below the top, measured from the centre and the floor", () => {
    const guide = hangingGuide(sofa, 100);
    // The arrangement spans x 16.5–77.5 and y 20–56: its centre is (47, 38), 62 in above the floor.
    expect(guide.centreAboveFloor).toEqual({ in: 62, mm: 1575 });
    expect(guide.nails).toEqual([
      expect.objectContaining({ printId: "left", hangerOffsetIn: 1.5, rightOfCentre: { in: -22.5, mm: -572 }, aboveCentre: { in: 8.5, mm: 216 }, aboveFloor: { in: 70.5, mm: 1791 } }),
      expect.objectContaining({ printId: "middle", hangerOffsetIn: 3, rightOfCentre: { in: 0, mm: 0 }, aboveCentre: { in: 15, mm: 381 }, aboveFloor: { in: 77, mm: 1956 } }),
      expect.objectContaining({ printId: "right", hangerOffsetIn: 2, rightOfCentre: { in: 22.5, mm: 572 }, aboveCentre: { in: 8, mm: 203 }, aboveFloor: { in: 70, mm: 1778 } }),
    ]);
    expect(guide.nails[1]).toMatchObject({ material: "paper", widthIn: 24, heightIn: 36, variantId: 6 });
  });

  it("rounds to the nearest 1/8 in and whole millimetres", () => {
    const guide = hangingGuide([print("a", "canvas", 0, 0, 10, 10), print("b", "canvas", 12.3, 0.07, 10, 10)], null);
    expect(guide.nails.map((n) => n.rightOfCentre)).toEqual([
      { in: -6.125, mm: -156 },
      { in: 6.125, mm: 156 },
    ]);
    expect(guide.nails.map((n) => n.aboveCentre)).toEqual([
      { in: 3, mm: 77 },
      { in: 3, mm: 75 },
    ]);
  });

  it("lists nails left to right, top to bottom within a column, whatever order the prints were saved in", () => {
    const column = [print("low", "paper", 0, 30, 20, 20), print("side", "paper", 25, 0, 20, 20), print("high", "paper", 0, 0, 20, 20)];
    expect(hangingGuide(column).nails.map((n) => n.printId)).toEqual(["high", "low", "side"]);
    expect(hangingGuide([...column].reverse()).nails.map((n) => n.printId)).toEqual(["high", "low", "side"]);
  });

  it("has no floor measures without a floor line, and no nails without prints", () => {
    const guide = hangingGuide(sofa);
    expect(guide.centreAboveFloor).toBeNull();
    expect(guide.nails.every((n) => n.aboveFloor === null)).toBe(true);
    expect(hangingGuide([])).toEqual({ centreAboveFloor: null, nails: [] });
  });
});
