// The guides of a gallery wall: snapping a dragged print to a good gap or a neighbour's line, and
// the gaps between neighbours shown while arranging.
import type { AlignEdge, GalleryItem } from "./gallery";

/** The gaps a dragged print's edge snaps to: galleries hang a group 2 to 3 in apart. */
export const GALLERY_GAPS_IN = [2, 2.5, 3] as const;
export const RECOMMENDED_GAP_IN = { min: 2, max: 3 } as const;
/** How close (in wall inches) an edge must come to a guide before it snaps. */
export const SNAP_TOLERANCE_IN = 0.75;

export type SnapGuide =
  | { kind: "gap"; axis: "x" | "y"; gapIn: number; neighbourId: string }
  | { kind: "align"; axis: "x" | "y"; edge: AlignEdge; at: number; neighbourId: string };

export interface SnappedDrag {
  x: number;
  y: number;
  /** every guide the snapped position meets, to draw */
  guides: SnapGuide[];
}

type Axis = "x" | "y";
const other = (axis: Axis): Axis => (axis === "x" ? "y" : "x");
const sizeOf = (axis: Axis) => (axis === "x" ? "width" : "height");
const SAME_IN = 1e-6;

// Side by side along `axis` means overlapping across it: only then is the space between them a gap.
function besideAlong(axis: Axis, a: GalleryItem, b: GalleryItem): boolean {
  const o = other(axis);
  const size = sizeOf(o);
  return a[o] < b[o] + b[size] && b[o] < a[o] + a[size];
}

function candidates(axis: Axis, dragged: GalleryItem, n: GalleryItem): { at: number; guide: SnapGuide }[] {
  const size = sizeOf(axis);
  const [start, end, centre] = axis === "x" ? (["left", "right", "centre-x"] as const) : (["top", "bottom", "centre-y"] as const);
  const found: { at: number; guide: SnapGuide }[] = [];
  if (besideAlong(axis, dragged, n)) {
    for (const gapIn of GALLERY_GAPS_IN) {
      const guide: SnapGuide = { kind: "gap", axis, gapIn, neighbourId: n.id };
      found.push({ at: n[axis] + n[size] + gapIn, guide }, { at: n[axis] - gapIn - dragged[size], guide });
    }
  }
  const align = (edge: AlignEdge, at: number, line: number) => found.push({ at, guide: { kind: "align", axis, edge, at: line, neighbourId: n.id } });
  align(start, n[axis], n[axis]);
  align(end, n[axis] + n[size] - dragged[size], n[axis] + n[size]);
  align(centre, n[axis] + n[size] / 2 - dragged[size] / 2, n[axis] + n[size] / 2);
  return found;
}

function snapAxis(axis: Axis, dragged: GalleryItem, others: readonly GalleryItem[], tolerance: number): { at: number; guides: SnapGuide[] } {
  const all = others.filter((n) => n.id !== dragged.id).flatMap((n) => candidates(axis, dragged, n));
  let best: number | null = null;
  for (const { at } of all) {
    const distance = Math.abs(at - dragged[axis]);
    if (distance <= tolerance && (best === null || distance < Math.abs(best - dragged[axis]) - SAME_IN)) best = at;
  }
  if (best === null) return { at: dragged[axis], guides: [] };
  const snapped = best;
  return { at: snapped, guides: all.filter((c) => Math.abs(c.at - snapped) <= SAME_IN).map((c) => c.guide) };
}

/**
 * Where a dragged print settles: on each axis separately, the nearest 2, 2.5 or 3 in gap to a
 * neighbour beside it, or line-up with a neighbour's edge or centre, within the tolerance; else where it is.
 */
export function snapDraggedPrint(dragged: GalleryItem, others: readonly GalleryItem[], tolerance = SNAP_TOLERANCE_IN): SnappedDrag {
  const x = snapAxis("x", dragged, others, tolerance);
  const y = snapAxis("y", dragged, others, tolerance);
  return { x: x.at, y: y.at, guides: [...x.guides, ...y.guides] };
}

export interface SpacingGuide {
  axis: Axis;
  fromId: string;
  toId: string;
  gapIn: number;
  /** within the 2–3 in galleries use */
  recommended: boolean;
}

/** The gap from each print to its nearest neighbour to the right and below (overlapping, beside it), in item order. */
export function spacingGuides(items: readonly GalleryItem[]): SpacingGuide[] {
  const guides: SpacingGuide[] = [];
  for (const axis of ["x", "y"] as const) {
    const size = sizeOf(axis);
    for (const a of items) {
      const end = a[axis] + a[size];
      let nearest: GalleryItem | null = null;
      for (const b of items) {
        if (b.id === a.id || !besideAlong(axis, a, b) || b[axis] < end - SAME_IN) continue;
        if (!nearest || b[axis] < nearest[axis]) nearest = b;
      }
      if (nearest) {
        const gapIn = nearest[axis] - end;
        const recommended = gapIn >= RECOMMENDED_GAP_IN.min - SAME_IN && gapIn <= RECOMMENDED_GAP_IN.max + SAME_IN;
        guides.push({ axis, fromId: a.id, toId: nearest.id, gapIn, recommended });
      }
    }
  }
  return guides;
}
