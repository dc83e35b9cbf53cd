// Arranging several prints, all in wall inches: centring, aligning, distributing, eye level, bounds.
import { WallGeometryError } from "./errors";
import type { Point, Rect } from "./types";

/** Anything arranged on the wall: a print, or a stand-in for one while dragging. */
export type GalleryItem = Rect & { id: string };

export type AlignEdge = "left" | "right" | "top" | "bottom" | "centre-x" | "centre-y";

/** Galleries and museums hang a picture's centre at 57 in above the floor, the average eye height. */
export const EYE_LEVEL_IN = 57;

// Floating-point slack for "inside the wall": a print placed exactly on the edge must pass.
const EDGE_SLACK_IN = 1e-6;

/** The smallest rectangle around the items; refuses an empty group, which has none. */
export function groupBounds(items: readonly Rect[]): Rect {
  if (items.length === 0) throw new WallGeometryError("bad-size", "An empty group has no bounds");
  const left = Math.min(...items.map((r) => r.x));
  const top = Math.min(...items.map((r) => r.y));
  const right = Math.max(...items.map((r) => r.x + r.width));
  const bottom = Math.max(...items.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The centre of a rectangle. */
export function centreOf(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** The items moved together by (dx, dy), keeping every gap. */
export function moveGroup<T extends Rect>(items: readonly T[], dx: number, dy: number): T[] {
  return items.map((item) => ({ ...item, x: item.x + dx, y: item.y + dy }));
}

/** The group moved so the centre of its bounds is `point`, its arrangement unchanged. */
export function centreGroupOn<T extends Rect>(items: readonly T[], point: Point): T[] {
  const centre = centreOf(groupBounds(items));
  return moveGroup(items, point.x - centre.x, point.y - centre.y);
}

/** Each item lined up on one edge or centre line of the selection's bounds, as drawing tools do. */
export function alignSelection<T extends Rect>(items: readonly T[], edge: AlignEdge): T[] {
  const b = groupBounds(items);
  const place: Record<AlignEdge, (r: Rect) => Partial<Rect>> = {
    left: () => ({ x: b.x }),
    right: (r) => ({ x: b.x + b.width - r.width }),
    "centre-x": (r) => ({ x: b.x + b.width / 2 - r.width / 2 }),
    top: () => ({ y: b.y }),
    bottom: (r) => ({ y: b.y + b.height - r.height }),
    "centre-y": (r) => ({ y: b.y + b.height / 2 - r.height / 2 }),
  };
  return items.map((item) => ({ ...item, ...place[edge](item) }));
}

/**
 * Equal gaps between the selection along one axis: the first and last items stay, the others
 * move between them in their current order; fewer than three items are returned as they are.
 */
export function distributeSelection<T extends Rect>(items: readonly T[], axis: "x" | "y"): T[] {
  if (items.length < 3) return [...items];
  const size = axis === "x" ? "width" : "height";
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => a.item[axis] - b.item[axis] || a.index - b.index);
  const first = order[0]!.item;
  const last = order[order.length - 1]!.item;
  const total = items.reduce((s, r) => s + r[size], 0);
  const gap = (last[axis] + last[size] - first[axis] - total) / (items.length - 1);
  const placed = [...items];
  let at = first[axis] + first[size];
  for (const { item, index } of order.slice(1, -1)) {
    at += gap;
    placed[index] = { ...item, [axis]: at };
    at += item[size];
  }
  return placed;
}

/**
 * The eye-level guide for a group, once the floor line is marked (`floorY` in wall inches): where
 * the line is on the wall and how far the group must move down (positive) to centre on it.
 */
export function eyeLevelGuide(items: readonly Rect[], floorY: number): { guideY: number; offsetIn: number } {
  const guideY = floorY - EYE_LEVEL_IN;
  return { guideY, offsetIn: guideY - centreOf(groupBounds(items)).y };
}

/** True when the print lies wholly inside the wall's rectangle: what the server checks before saving a scene. */
export function withinWall(print: Rect, wall: Rect): boolean {
  const finite = [print.x, print.y, print.width, print.height].every(Number.isFinite);
  return (
    finite &&
    print.width > 0 &&
    print.height > 0 &&
    print.x >= wall.x - EDGE_SLACK_IN &&
    print.y >= wall.y - EDGE_SLACK_IN &&
    print.x + print.width <= wall.x + wall.width + EDGE_SLACK_IN &&
    print.y + print.height <= wall.y + wall.height + EDGE_SLACK_IN
  );
}
