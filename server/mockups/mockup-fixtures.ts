// Test data for mockup procedures: a calibrated sample room row, a photo with sold sizes, a valid
// scene on that room, and callers of the mockups router as two different sessions.
import type { MockupScene, PlacedPrint } from "../../app/shared/wall";
import type { Db } from "../../db/client";
import { sampleRooms } from "../../db/schema/mockups";
import { testEnv } from "../../test/app-server";
import { createPhoto } from "../../test/factories";
import { routeContext, testSession } from "../../test/route-context";
import { createCaller } from "../trpc/root";
import type { TrpcContext } from "../trpc/init";

/** 2400 × 1600, seen a little from the left; the marked rectangle is 144 × 90 in, the floor 6 in below it. */
export const TEST_ROOM = {
  id: "test-room",
  width: 2400,
  height: 1600,
  corners: [
    { x: 300, y: 170 },
    { x: 2080, y: 250 },
    { x: 2060, y: 1250 },
    { x: 320, y: 1360 },
  ],
  widthIn: 144,
  heightIn: 90,
  floorY: 96,
} as const;

export async function createTestRoom(db: Db): Promise<void> {
  await db
    .insert(sampleRooms)
    .values({ ...TEST_ROOM, corners: [...TEST_ROOM.corners], title: "Test room", imageKey: "rooms/test-room/wall-0123456789abcdef.jpg" })
    .onConflictDoNothing();
}

/** A photo sold as paper 12 × 8 and 18 × 12, canvas 36 × 24, metal 60 × 40 (the factory's defaults). */
export const createSoldPhoto = (db: Db) => createPhoto(db);

type Variant = Awaited<ReturnType<typeof createSoldPhoto>>["variants"][number];

export function printOf(variant: Variant, at: { x: number; y: number }, id = `p${variant.id}`): PlacedPrint {
  return { id, variantId: variant.id, material: variant.material, x: at.x, y: at.y, width: variant.widthIn, height: variant.heightIn };
}

export function sceneWith(prints: PlacedPrint[], overrides: Partial<MockupScene> = {}): MockupScene {
  return { wall: { kind: "sample", roomId: TEST_ROOM.id }, corners: TEST_ROOM.corners, widthIn: TEST_ROOM.widthIn, heightIn: TEST_ROOM.heightIn, floorY: TEST_ROOM.floorY, prints, ...overrides };
}

/** The mockups router as one shopper's session calls it; `sessionId` is set once the shopper has one. */
export function shopper(db: Db, sessionId?: string) {
  const session = testSession(sessionId);
  const caller = createCaller(routeContext(db, testEnv(), { session }) as unknown as TrpcContext);
  return { api: caller.mockups, cart: caller.cart, session };
}
