// Resizing a print snaps to the sizes actually sold for its photo and material, always in the
// photo's own proportions (finding 21: a stretched preview misrepresents the product).
import { WallGeometryError } from "./errors";

/** One sold variant of a photo in one material. */
export interface SoldSize {
  variantId: number;
  widthIn: number;
  heightIn: number;
  priceCents: number;
}

/** A sold size as drawn: the variant, with a height that keeps the photo's proportions exactly. */
export interface SnappedSize {
  variant: SoldSize;
  widthIn: number;
  heightIn: number;
}

// Sizes follow each photo's proportions (decision 008); one further off than this would crop or
// stretch the photo, so it is never offered for it.
const ASPECT_TOLERANCE = 0.02;
const SAME_WIDTH_IN = 1e-6;

function checkedAspect(aspect: number): number {
  if (!Number.isFinite(aspect) || aspect <= 0) throw new WallGeometryError("bad-size", "A photo's aspect ratio must be above zero");
  return aspect;
}

/** The sold sizes in the photo's proportions (width over height, so orientation counts), smallest first. */
export function sizesInProportion(sizes: readonly SoldSize[], aspect: number): SoldSize[] {
  checkedAspect(aspect);
  const off = (s: SoldSize) => Math.abs(s.widthIn / s.heightIn / aspect - 1);
  return sizes.filter((s) => s.widthIn > 0 && s.heightIn > 0 && off(s) <= ASPECT_TOLERANCE).sort((a, b) => a.widthIn - b.widthIn || off(a) - off(b));
}

const drawn = (variant: SoldSize, aspect: number): SnappedSize => ({ variant, widthIn: variant.widthIn, heightIn: variant.widthIn / aspect });

/**
 * The sold size nearest a requested width (from a pinch or a handle), the smaller on a tie; null
 * when nothing is sold in the photo's proportions. The result's width over height is the photo's.
 */
export function snapToSoldSize(sizes: readonly SoldSize[], aspect: number, requestedWidthIn: number): SnappedSize | null {
  if (Number.isNaN(requestedWidthIn)) throw new WallGeometryError("not-finite", "A requested width must be a number");
  let best: SoldSize | null = null;
  for (const size of sizesInProportion(sizes, aspect)) {
    if (!best || Math.abs(size.widthIn - requestedWidthIn) < Math.abs(best.widthIn - requestedWidthIn)) best = size;
  }
  return best && drawn(best, aspect);
}

/** The next sold size up or down from the current width (the + and − keys); null past either end. */
export function stepSoldSize(sizes: readonly SoldSize[], aspect: number, currentWidthIn: number, direction: "larger" | "smaller"): SnappedSize | null {
  const ordered = sizesInProportion(sizes, aspect);
  const next =
    direction === "larger"
      ? ordered.find((s) => s.widthIn > currentWidthIn + SAME_WIDTH_IN)
      : ordered.findLast((s) => s.widthIn < currentWidthIn - SAME_WIDTH_IN);
  return next ? drawn(next, aspect) : null;
}
