// Konva draws only affine transforms; a print in perspective is drawn as a grid of small triangles,
// each affine, whose corners sit exactly where the homography puts them.
import { WallGeometryError } from "./errors";
import { rectInPhoto, wallToPhoto } from "./wall-plane";
import type { Point, Rect, WallPlane } from "./types";

/** One triangle: where its corners are in the print's image (0–1 across and down) and in the photo (pixels). */
export interface MeshTriangle {
  source: [Point, Point, Point];
  target: [Point, Point, Point];
}

/**
 * The print's rectangle cut into `divisions` × `divisions` cells of two triangles each, for a
 * custom shape to draw with one affine transform a triangle; more divisions, less bending error.
 */
export function printMesh(plane: WallPlane, rect: Rect, divisions: number): MeshTriangle[] {
  if (!Number.isInteger(divisions) || divisions < 1 || divisions > 64) {
    throw new WallGeometryError("bad-size", "A mesh needs between 1 and 64 divisions a side");
  }
  rectInPhoto(plane, rect);
  const grid: { source: Point; target: Point }[][] = [];
  for (let j = 0; j <= divisions; j++) {
    const row: { source: Point; target: Point }[] = [];
    for (let i = 0; i <= divisions; i++) {
      const source = { x: i / divisions, y: j / divisions };
      row.push({ source, target: wallToPhoto(plane, { x: rect.x + source.x * rect.width, y: rect.y + source.y * rect.height }) });
    }
    grid.push(row);
  }
  const triangles: MeshTriangle[] = [];
  for (let j = 0; j < divisions; j++) {
    for (let i = 0; i < divisions; i++) {
      const [a, b, c, d] = [grid[j]![i]!, grid[j]![i + 1]!, grid[j + 1]![i + 1]!, grid[j + 1]![i]!];
      triangles.push({ source: [a.source, b.source, c.source], target: [a.target, b.target, c.target] });
      triangles.push({ source: [a.source, c.source, d.source], target: [a.target, c.target, d.target] });
    }
  }
  return triangles;
}
