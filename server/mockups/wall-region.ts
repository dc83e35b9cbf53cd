// The wall's proposed rectangle in a small greyscale image: the largest axis-aligned rectangle that
// crosses no edge. A painted wall is the biggest flat expanse in most room photos; sofas, frames,
// skirting and the floor line all draw edges around it.
export type Grey = { data: Uint8Array; width: number; height: number };
export type Rect = { left: number; top: number; width: number; height: number };

/** Sobel magnitude above which a pixel counts as texture: a step of about 6 grey levels. */
const EDGE_THRESHOLD = 24;

/** 1 where the image is flat, 0 on edges (and on the border, where Sobel has no neighbours). */
export function flatMask({ data, width, height }: Grey): Uint8Array {
  const mask = new Uint8Array(width * height);
  const at = (x: number, y: number) => data[y * width + x]!;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const gx = at(x + 1, y - 1) + 2 * at(x + 1, y) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x - 1, y) - at(x - 1, y + 1);
      const gy = at(x - 1, y + 1) + 2 * at(x, y + 1) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x, y - 1) - at(x + 1, y - 1);
      mask[y * width + x] = Math.abs(gx) + Math.abs(gy) <= EDGE_THRESHOLD ? 1 : 0;
    }
  }
  return mask;
}

/** The largest all-ones rectangle, row by row with a histogram of column heights and a stack (O(w·h)). */
export function largestFlatRect(mask: Uint8Array, width: number, height: number): Rect | null {
  const heights = new Int32Array(width);
  let best: Rect | null = null;
  let bestArea = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) heights[x] = mask[y * width + x] ? heights[x]! + 1 : 0;
    const stack: number[] = [];
    for (let x = 0; x <= width; x++) {
      const h = x < width ? heights[x]! : 0;
      while (stack.length > 0 && heights[stack[stack.length - 1]!]! >= h) {
        const top = heights[stack.pop()!]!;
        const left = stack.length > 0 ? stack[stack.length - 1]! + 1 : 0;
        const area = top * (x - left);
        if (area > bestArea) {
          bestArea = area;
          best = { left, top: y - top + 1, width: x - left, height: top };
        }
      }
      stack.push(x);
    }
  }
  return best;
}

/** Moved in from every side by `fraction` of its size, so the handles start clear of the edges. */
export function inset(rect: Rect, fraction: number): Rect {
  const dx = Math.floor(rect.width * fraction);
  const dy = Math.floor(rect.height * fraction);
  return { left: rect.left + dx, top: rect.top + dy, width: Math.max(1, rect.width - 2 * dx), height: Math.max(1, rect.height - 2 * dy) };
}
