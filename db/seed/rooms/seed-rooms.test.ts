import { asc } from "drizzle-orm";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { photoToWall, wallPlaneOfSize, wallToPhoto } from "../../../app/shared/wall";
import { createFilesystemStorage } from "../../../server/integrations/storage/filesystem-storage";
import { createLogger } from "../../../server/log";
import { atFileEnd } from "../../../test/cleanup";
import { testDatabase } from "../../../test/database";
import { createPhoto } from "../../../test/factories";
import { sampleRooms } from "../../schema/index";
import { seedIfEmpty } from "../index";
import { seedSampleRooms } from "./seed-rooms";

const log = createLogger("silent");
const database = await testDatabase();
const folder = await mkdtemp(path.join(tmpdir(), "printroom-rooms-"));
atFileEnd(() => rm(folder, { recursive: true, force: true }));
const storage = createFilesystemStorage(folder);

describe("the sample rooms", () => {
  it("reach a database that already has photos but no rooms, through seedIfEmpty, and a second run adds nothing", async () => {
    await createPhoto(database.db);
    expect(await seedIfEmpty(database.db, { storage, log })).toBe(false);
    expect(await database.db.$count(sampleRooms)).toBe(3);
    expect(await seedSampleRooms(database.db, { storage, log })).toEqual({ roomsAdded: 0 });
    expect(await database.db.$count(sampleRooms)).toBe(3);
  });

  it("are three 2400×1600 JPEGs stored under content-addressed keys", async () => {
    const rooms = await database.db.select().from(sampleRooms).orderBy(asc(sampleRooms.sortOrder));
    expect(rooms.map((r) => r.id)).toEqual(["living-room", "bedroom", "office"]);
    for (const room of rooms) {
      expect(room.imageKey).toMatch(new RegExp(`^rooms/${room.id}/wall-[0-9a-f]{16}\\.jpg$`));
      const bytes = await storage.get(room.imageKey);
      expect(bytes, room.id).not.toBeNull();
      const meta = await sharp(bytes!).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", room.width, room.height]);
      expect([room.width, room.height]).toEqual([2400, 1600]);
    }
  });

  it("carry a calibration that builds a wall plane: the corners are the rectangle's, a point round-trips, the floor is below the rectangle", async () => {
    for (const room of await database.db.select().from(sampleRooms)) {
      const plane = wallPlaneOfSize(room.corners, room.widthIn, room.heightIn);
      for (const corner of room.corners) {
        expect(corner.x).toBeGreaterThan(0);
        expect(corner.x).toBeLessThan(room.width);
        expect(corner.y).toBeGreaterThan(0);
        expect(corner.y).toBeLessThan(room.height);
      }
      const bottomRight = wallToPhoto(plane, { x: room.widthIn, y: room.heightIn });
      expect(bottomRight.x).toBeCloseTo(room.corners[2].x, 6);
      expect(bottomRight.y).toBeCloseTo(room.corners[2].y, 6);
      const inches = { x: room.widthIn * 0.3, y: room.heightIn * 0.4 };
      const back = photoToWall(plane, wallToPhoto(plane, inches));
      expect(back.x).toBeCloseTo(inches.x, 6);
      expect(back.y).toBeCloseTo(inches.y, 6);
      expect(room.floorY).toBeGreaterThanOrEqual(room.heightIn);
      expect(room.floorY).toBeLessThanOrEqual(room.heightIn + 120);
    }
  });

  it("are drawn in perspective: the wall's two sides differ in height in the picture", async () => {
    for (const room of await database.db.select().from(sampleRooms)) {
      const [tl, tr, br, bl] = room.corners;
      expect(Math.abs(bl.y - tl.y - (br.y - tr.y)) + Math.abs(tr.x - tl.x - (br.x - bl.x)), room.id).toBeGreaterThan(50);
    }
  });
});
