// The three sample rooms: where the seed draws each wall in the picture and what it measures, so the
// stored calibration is the drawing's own and a print placed on a sample wall is at its true size.
import type { Quad } from "../../../app/shared/wall";

/** Something in front of the wall, drawn flat in wall inches (x right, y down from the marked rectangle's top). */
export type Furniture = { points: [number, number][]; fill: string };

export interface RoomPlan {
  id: string;
  title: string;
  /** the marked rectangle in the picture's pixels: top-left, top-right, bottom-right, bottom-left */
  corners: Quad;
  widthIn: number;
  heightIn: number;
  /** the floor line in wall inches; the skirting board sits just above it */
  floorY: number;
  wall: string;
  ceiling: string;
  floor: string;
  furniture: Furniture[];
}

export const ROOM_WIDTH = 2400;
export const ROOM_HEIGHT = 1600;

const box = (x: number, y: number, width: number, height: number): [number, number][] => [
  [x, y],
  [x + width, y],
  [x + width, y + height],
  [x, y + height],
];

export const roomPlans: RoomPlan[] = [
  {
    id: "living-room",
    title: "Living room with a sofa",
    corners: [
      { x: 300, y: 170 },
      { x: 2080, y: 250 },
      { x: 2060, y: 1250 },
      { x: 320, y: 1360 },
    ],
    widthIn: 144,
    heightIn: 90,
    floorY: 96,
    wall: "#c9b79c",
    ceiling: "#ece6dc",
    floor: "#8a6a4a",
    furniture: [
      { points: box(30, 62, 84, 24), fill: "#4f5d6b" },
      { points: box(24, 70, 8, 20), fill: "#46525f" },
      { points: box(112, 70, 8, 20), fill: "#46525f" },
      { points: box(32, 78, 80, 12), fill: "#5b6a79" },
      { points: box(34, 90, 4, 6), fill: "#2e2a26" },
      { points: box(106, 90, 4, 6), fill: "#2e2a26" },
      { points: box(128, 52, 10, 44), fill: "#6f7f58" },
    ],
  },
  {
    id: "bedroom",
    title: "Bedroom above a headboard",
    corners: [
      { x: 380, y: 230 },
      { x: 2020, y: 150 },
      { x: 2040, y: 1330 },
      { x: 400, y: 1230 },
    ],
    widthIn: 132,
    heightIn: 86,
    floorY: 92,
    wall: "#b9c4c9",
    ceiling: "#eef0f0",
    floor: "#a08363",
    furniture: [
      { points: box(36, 44, 60, 48), fill: "#6b5a4a" },
      { points: box(30, 66, 72, 26), fill: "#f1ece4" },
      { points: box(40, 60, 22, 8), fill: "#fbf8f3" },
      { points: box(70, 60, 22, 8), fill: "#fbf8f3" },
      { points: box(12, 70, 16, 22), fill: "#7b6650" },
      { points: box(104, 70, 16, 22), fill: "#7b6650" },
    ],
  },
  {
    id: "office",
    title: "Study with a desk",
    corners: [
      { x: 360, y: 200 },
      { x: 2040, y: 200 },
      { x: 1990, y: 1250 },
      { x: 410, y: 1250 },
    ],
    widthIn: 120,
    heightIn: 84,
    floorY: 90,
    wall: "#d8d2c4",
    ceiling: "#f2efe8",
    floor: "#6e5641",
    furniture: [
      { points: box(24, 60, 66, 2), fill: "#3d3a36" },
      { points: box(26, 62, 2, 28), fill: "#3d3a36" },
      { points: box(86, 62, 2, 28), fill: "#3d3a36" },
      { points: box(64, 62, 20, 14), fill: "#4a4641" },
      { points: box(40, 40, 22, 18), fill: "#22252a" },
      { points: box(50, 58, 2, 2), fill: "#22252a" },
      { points: box(44, 66, 18, 24), fill: "#2f4858" },
    ],
  },
];
