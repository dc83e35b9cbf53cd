// Renders a sample room's drawing to the JPEG the editor shows as the wall.
import sharp from "sharp";
import { drawRoom } from "./draw-room";
import type { RoomPlan } from "./room-plans";

export async function renderRoom(plan: RoomPlan): Promise<Buffer> {
  return sharp(Buffer.from(drawRoom(plan))).flatten({ background: "#ffffff" }).jpeg({ quality: 86, mozjpeg: true }).toBuffer();
}
