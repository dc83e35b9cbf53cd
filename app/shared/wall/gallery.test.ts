import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignSelection, centreGroupOn, centreOf, distributeSelection, eyeLevelGuide, groupBounds, withinWall, type GalleryItem } from "./gallery";

const item = (id: string, x: number, y: number, width: number, height: number): GalleryItem => ({ id, x, y, width, height });
const trio = [item("a", 10, 20, 24, 36), item("b", 40, 30, 16, 20), item("c", 70, 25, 18, 24)];

describe("centreGroupOn", () => {
  it("puts the group's centre on the point and keeps every gap", () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }), (x, y) => {
        const moved = centreGroupOn(trio, { x, y });
        const centre = centreOf(groupBounds(moved));
        expect(centre.x).toBeCloseTo(x, 9);
        expect(centre.y).toBeCloseTo(y, 9);
        expect(moved[1]!.x - moved[0]!.x).toBeCloseTo(30, 9);
        expect(moved[2]!.y - moved[1]!.y).toBeCloseTo(-5, 9);
      }),
    );
  });
});

describe("alignSelection", () => {
  it("lines the selection up on the bounds' left, right, top, bottom and centre lines", () => {
    expect(alignSelection(trio, "left").map((r) => r.x)).toEqual([10, 10, 10]);
    expect(alignSelection(trio, "right").map((r) => r.x + r.width)).toEqual([88, 88, 88]);
    expect(alignSelection(trio, "top").map((r) => r.y)).toEqual([20, 20, 20]);
    expect(alignSelection(trio, "bottom").map((r) => r.y + r.height)).toEqual([56, 56, 56]);
    expect(alignSelection(trio, "centre-x").map((r) => r.x + r.width / 2)).toEqual([49, 49, 49]);
    expect(alignSelection(trio, "centre-y").map((r) => r.y + r.height / 2)).toEqual([38, 38, 38]);
    expect(alignSelection(trio, "top").map((r) => r.x)).toEqual([10, 40, 70]);
  });
});

describe("distributeSelection", () => {
  it("makes the gaps equal, keeping the outer prints where they are and the order as it was", () => {
    const shuffled = [trio[2]!, trio[0]!, item("d", 50, 0, 10, 10), trio[1]!];
    const spread = distributeSelection(shuffled, "x");
    const byX = [...spread].sort((p, q) => p.x - q.x);
    const gaps = byX.slice(1).map((r, i) => r.x - (byX[i]!.x + byX[i]!.width));
    for (const g of gaps) expect(g).toBeCloseTo((88 - 10 - 68) / 3, 9);
    expect(spread.map((r) => r.id)).toEqual(["c", "a", "d", "b"]);
    expect(spread[0]!.x).toBe(70);
    expect(spread[1]!.x).toBe(10);
  });

  it("leaves fewer than three prints alone", () => {
    expect(distributeSelection(trio.slice(0, 2), "y")).toEqual(trio.slice(0, 2));
  });
});

describe("eyeLevelGuide", () => {
  it("puts the guide 57 in above the floor and says how far the group's centre is from it", () => {
    const { guideY, offsetIn } = eyeLevelGuide(trio, 100);
    expect(guideY).toBe(43);
    expect(offsetIn).toBe(43 - 38);
  });
});

describe("withinWall", () => {
  const wall = { x: 0, y: 0, width: 96, height: 60 };
  it("accepts a print inside or exactly on the edges and refuses one over any edge", () => {
    expect(withinWall({ x: 0, y: 0, width: 96, height: 60 }, wall)).toBe(true);
    expect(withinWall({ x: 36, y: 12, width: 24, height: 36 }, wall)).toBe(true);
    expect(withinWall({ x: 73, y: 12, width: 24, height: 36 }, wall)).toBe(false);
    expect(withinWall({ x: -0.5, y: 12, width: 24, height: 36 }, wall)).toBe(false);
    expect(withinWall({ x: 10, y: 30, width: 24, height: 36 }, wall)).toBe(false);
  });

  it("refuses a print with no size or a coordinate that is not a number", () => {
    expect(withinWall({ x: 10, y: 10, width: 0, height: 10 }, wall)).toBe(false);
    expect(withinWall({ x: Number.NaN, y: 10, width: 10, height: 10 }, wall)).toBe(false);
    expect(withinWall({ x: 10, y: 10, width: Number.POSITIVE_INFINITY, height: 10 }, wall)).toBe(false);
  });
});
