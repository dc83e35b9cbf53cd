// The zoom copy: large enough on its long edge to show a print's detail on a full screen. It is
// kept out of the pages' srcsets (no layout asks for it) and served to the zoom viewer alone.
export const ZOOM_LONG_EDGE = 3000;

export const isZoomSize = (size: { width: number; height: number }) => Math.max(size.width, size.height) >= ZOOM_LONG_EDGE;

/** The zoom copy's width for an original of this size, or null when the original is too small for one. */
export function zoomWidthFor(width: number, height: number): number | null {
  const longEdge = Math.max(width, height);
  return longEdge < ZOOM_LONG_EDGE ? null : Math.round((width * ZOOM_LONG_EDGE) / longEdge);
}
