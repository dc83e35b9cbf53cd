import { describe, expect, it } from "vitest";
import type { GalleryItem } from "./gallery";
import { snapDraggedPrint, spacingGuides } from "./gallery-guides";

const item = (id: string, x: number, y: number, width: number, height: number): GalleryItem => ({ id, x, y, width, height });
const anchor = item("anchor", 20, 10, 24, 36);

describe("snapDraggedPrint", () => {
  it("snaps the left edge to a 2, 2.5 or 3 in gap from the neighbour beside it", () => {
    const snapped = snapDraggedPrint(item("moving", 46.6, 20.3, 16, 20), [anchor], 0.5);
    expect(snapped.x).toBe(46.5);
    expect(snapped.guides).toContainEqual({ kind: "gap", axis: "x", gapIn: 2.5, neighbourId: "anchor" });
    expect(snapDraggedPrint(item("moving", 47.3, 20, 16, 20), [anchor], 0.5).x).toBe(47);
    expect(snapDraggedPrint(item("moving", 45.8, 20, 16, 20), [anchor], 0.5).x).toBe(46);
  });

  it("snaps the right edge to a gap on the neighbour's left", () => {
    const snapped = snapDraggedPrint(item("moving", 1.8, 20, 16, 20), [anchor], 0.5);
    expect(snapped.x + 16).toBe(18);
  });

  it("snaps to a neighbour's top, bottom or centre line and says which", () => {
    const top = snapDraggedPrint(item("moving", 50, 10.4, 16, 20), [anchor], 0.5);
    expect(top.y).toBe(10);
    expect(top.guides).toContainEqual({ kind: "align", axis: "y", edge: "top", at: 10, neighbourId: "anchor" });
    expect(snapDraggedPrint(item("moving", 50, 25.7, 16, 20), [anchor], 0.5).y).toBe(26);
    const centred = snapDraggedPrint(item("moving", 24.3, 60, 16, 20), [anchor], 0.5);
    expect(centred.x).toBe(24);
    expect(centred.guides).toContainEqual({ kind: "align", axis: "x", edge: "centre-x", at: 32, neighbourId: "anchor" });
  });

  it("does not offer a gap to a print that is not beside it, and stays put beyond the tolerance", () => {
    const below = snapDraggedPrint(item("moving", 46.6, 80, 16, 20), [anchor], 0.5);
    expect(below.guides.filter((g) => g.kind === "gap" && g.axis === "x")).toEqual([]);
    expect(snapDraggedPrint(item("moving", 50, 100, 16, 20), [anchor], 0.5)).toEqual({ x: 50, y: 100, guides: [] });
  });

  it("ignores the dragged print itself among the others", () => {
    const moving = item("moving", 50.2, 100, 16, 20);
    expect(snapDraggedPrint(moving, [moving], 0.5)).toEqual({ x: 50.2, y: 100, guides: [] });
  });
});

describe("spacingGuides", () => {
  it("reports the gap to the nearest neighbour to the right and below, and whether it is 2–3 in", () => {
    const wall = [anchor, item("right", 46.5, 10, 16, 20), item("far", 70, 12, 10, 10), item("below", 20, 47, 24, 10)];
    expect(spacingGuides(wall)).toEqual([
      { axis: "x", fromId: "anchor", toId: "right", gapIn: 2.5, recommended: true },
      { axis: "x", fromId: "right", toId: "far", gapIn: 7.5, recommended: false },
      { axis: "y", fromId: "anchor", toId: "below", gapIn: 1, recommended: false },
    ]);
  });
});
