import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sizesInProportion, snapToSoldSize, stepSoldSize, type SoldSize } from "./print-sizes";

// A 2:3 landscape photo's paper prints (decision 008), with a portrait one and an off-ratio one mixed in.
const paper: SoldSize[] = [
  { variantId: 14, widthIn: 36, heightIn: 24, priceCents: 21500 },
  { variantId: 11, widthIn: 12, heightIn: 8, priceCents: 4500 },
  { variantId: 13, widthIn: 24, heightIn: 16, priceCents: 11000 },
  { variantId: 12, widthIn: 18, heightIn: 12, priceCents: 7000 },
  { variantId: 15, widthIn: 60, heightIn: 40, priceCents: 52000 },
  { variantId: 20, widthIn: 12, heightIn: 18, priceCents: 7000 },
  { variantId: 21, widthIn: 20, heightIn: 16, priceCents: 9000 },
];
const landscape = 3 / 2;

describe("snapToSoldSize", () => {
  it("snaps a requested width to the nearest sold size and brings its variant and price along", () => {
    expect(snapToSoldSize(paper, landscape, 22)).toEqual({ variant: paper[2], widthIn: 24, heightIn: 16 });
    expect(snapToSoldSize(paper, landscape, 45)?.variant.priceCents).toBe(21500);
    expect(snapToSoldSize(paper, landscape, 2)?.widthIn).toBe(12);
    expect(snapToSoldSize(paper, landscape, 500)?.widthIn).toBe(60);
  });

  it("gives a tie to the smaller size", () => {
    expect(snapToSoldSize(paper, landscape, 15)?.widthIn).toBe(12);
    expect(snapToSoldSize(paper, landscape, 30)?.widthIn).toBe(24);
  });

  it("never offers a size in other proportions or the other way up", () => {
    expect(sizesInProportion(paper, landscape).map((s) => s.variantId)).toEqual([11, 12, 13, 14, 15]);
    expect(snapToSoldSize(paper, 2 / 3, 40)?.variant.variantId).toBe(20);
    expect(snapToSoldSize(paper, 1, 20)).toBeNull();
  });

  it("always keeps the photo's aspect ratio, whatever width is asked for (finding 21)", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 200, noNaN: true }), (requested) => {
        const snapped = snapToSoldSize(paper, landscape, requested)!;
        expect(snapped.widthIn / snapped.heightIn).toBeCloseTo(landscape, 12);
        const distance = Math.abs(snapped.widthIn - requested);
        for (const s of sizesInProportion(paper, landscape)) expect(distance).toBeLessThanOrEqual(Math.abs(s.widthIn - requested));
      }),
    );
  });

  it("refuses a width that is not a number and an aspect ratio that is not positive", () => {
    expect(() => snapToSoldSize(paper, landscape, Number.NaN)).toThrow(/number/);
    expect(() => snapToSoldSize(paper, 0, 20)).toThrow(/aspect ratio/);
  });
});

describe("stepSoldSize", () => {
  it("steps to the next larger and smaller sold size, and stops at either end", () => {
    expect(stepSoldSize(paper, landscape, 18, "larger")?.widthIn).toBe(24);
    expect(stepSoldSize(paper, landscape, 18, "smaller")?.widthIn).toBe(12);
    expect(stepSoldSize(paper, landscape, 20, "smaller")?.widthIn).toBe(18);
    expect(stepSoldSize(paper, landscape, 60, "larger")).toBeNull();
    expect(stepSoldSize(paper, landscape, 12, "smaller")).toBeNull();
  });
});
