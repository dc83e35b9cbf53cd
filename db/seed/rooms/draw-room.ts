// Draws a sample room as SVG through the wall's own homography: every shape on the wall is laid out
// in inches and projected, so the picture's perspective is exactly the calibration stored with it.
import { applyHomography, homographyFromQuads, rectQuad, type Homography, type Point } from "../../../app/shared/wall";
import { n, svgDocument } from "../artwork/svg";
import { ROOM_HEIGHT, ROOM_WIDTH, type RoomPlan } from "./room-plans";

// How far the painted wall runs past the marked rectangle on each side and up to the ceiling, in inches.
const WALL_MARGIN_IN = 60;
const CEILING_IN = 10;
const SKIRTING_IN = 5;

const xy = (p: Point) => `${n(p.x)},${n(p.y)}`;

export function drawRoom(plan: RoomPlan): string {
  const h: Homography = homographyFromQuads(rectQuad(0, 0, plan.widthIn, plan.heightIn), plan.corners);
  const toPhoto = (x: number, y: number) => applyHomography(h, { x, y });
  const project = (points: [number, number][]) => points.map(([x, y]) => xy(toPhoto(x, y))).join(" ");
  const [left, right, top, floor] = [-WALL_MARGIN_IN, plan.widthIn + WALL_MARGIN_IN, -CEILING_IN, plan.floorY];
  const polygon = (points: [number, number][], fill: string, extra = "") => `<polygon points="${project(points)}" fill="${fill}"${extra}/>`;
  const wall = polygon([[left, top], [right, top], [right, floor], [left, floor]], plan.wall);
  const skirting = polygon([[left, floor - SKIRTING_IN], [right, floor - SKIRTING_IN], [right, floor], [left, floor]], "#f4f1ea");
  // The floor is not in the wall's plane: it runs from the floor line down to the picture's edge,
  // its boards fanning out towards the camera.
  const floorLine = Array.from({ length: 15 }, (_, i) => toPhoto(left + (i * (right - left)) / 14, floor));
  const fan = (p: Point) => ({ x: ROOM_WIDTH / 2 + (p.x - ROOM_WIDTH / 2) * 2.2, y: ROOM_HEIGHT + 40 });
  const floorArea = `<polygon points="${[...floorLine, fan(floorLine.at(-1)!), fan(floorLine[0]!)].map(xy).join(" ")}" fill="${plan.floor}"/>`;
  const boards = floorLine.map((p) => `<polyline points="${xy(p)} ${xy(fan(p))}" stroke="#000" stroke-opacity="0.12" stroke-width="3" fill="none"/>`).join("");
  const furniture = plan.furniture.map((f) => polygon(f.points, f.fill)).join("");
  const light = `<rect width="${ROOM_WIDTH}" height="${ROOM_HEIGHT}" fill="url(#light)"/>`;
  const defs = `<linearGradient id="light" x1="0" y1="0" x2="1" y2="0"><stop offset="0%" stop-color="#fff" stop-opacity="0.08"/><stop offset="100%" stop-color="#000" stop-opacity="0.08"/></linearGradient>`;
  const ceiling = `<rect width="${ROOM_WIDTH}" height="${ROOM_HEIGHT}" fill="${plan.ceiling}"/>`;
  return svgDocument(ROOM_WIDTH, ROOM_HEIGHT, defs, ceiling + floorArea + boards + wall + skirting + furniture + light);
}
