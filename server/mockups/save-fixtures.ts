// Test data for saving and sharing mockups: a sample room and photos whose image files really are
// in storage (the composite reads them), and a mockup row in any state.
import sharp from "sharp";
import type { Db } from "../../db/client";
import { mockups, sampleRooms } from "../../db/schema/mockups";
import type { MockupScene, PlacedPrint, Quad } from "../../app/shared/wall/index";
import { createPhoto, createPhotoImages } from "../../test/factories";
import type { Storage } from "../integrations/storage/index";
import { newMockupId } from "./mockup-id";

const solidJpeg = (width: number, height: number, rgb: [number, number, number]) =>
  sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).jpeg().toBuffer();

/** A 1600 × 1200 room seen a little from the left; its rectangle is 120 × 90 in, the floor 10 in below it. */
export const ROOM = {
  width: 1600,
  height: 1200,
  corners: [
    { x: 200, y: 150 },
    { x: 1400, y: 210 },
    { x: 1410, y: 1000 },
    { x: 190, y: 1060 },
  ] as Quad,
  widthIn: 120,
  heightIn: 90,
  floorY: 100,
};
export const WALL_RGB: [number, number, number] = [201, 183, 156];

export async function createSampleRoom(db: Db, storage: Storage, id = `room-${Math.random().toString(36).slice(2, 8)}`) {
  const imageKey = `rooms/${id}.jpg`;
  await storage.put(imageKey, await solidJpeg(ROOM.width, ROOM.height, WALL_RGB), "image/jpeg");
  const [room] = await db.insert(sampleRooms).values({ id, title: "Test room", imageKey, width: ROOM.width, height: ROOM.height, corners: ROOM.corners, widthIn: ROOM.widthIn, heightIn: ROOM.heightIn, floorY: ROOM.floorY }).returning();
  return room!;
}

/** A photo with the default variants whose 800 px JPEG is a file of one colour. */
export async function createPhotoWithImage(db: Db, storage: Storage, rgb: [number, number, number]) {
  const photo = await createPhoto(db);
  await createPhotoImages(db, photo, [400, 800]);
  await storage.put(`photos/${photo.slug}/800w.jpg`, await solidJpeg(800, 533, rgb), "image/jpeg");
  return photo;
}

export function sceneOn(roomId: string, prints: PlacedPrint[]): MockupScene {
  return { wall: { kind: "sample", roomId }, corners: ROOM.corners, widthIn: ROOM.widthIn, heightIn: ROOM.heightIn, floorY: ROOM.floorY, prints };
}

export async function createMockupRow(db: Db, values: { sessionId: string; scene: MockupScene; status?: "draft" | "saved" | "deleted"; compositeKey?: string; title?: string }) {
  const [row] = await db.insert(mockups).values({ id: newMockupId(), ...values }).returning();
  return row!;
}
