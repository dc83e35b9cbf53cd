// Writes the three sample rooms (image and calibration). Deterministic, and running it again changes nothing.
import type { Db } from "../../client";
import { sampleRooms } from "../../schema/index";
import { contentAddressedKey } from "../../../server/integrations/storage/index";
import type { SeedDeps } from "../seed-deps";
import { renderRoom } from "./render-room";
import { ROOM_HEIGHT, ROOM_WIDTH, roomPlans } from "./room-plans";

export async function seedSampleRooms(db: Db, deps: SeedDeps): Promise<{ roomsAdded: number }> {
  const startedAt = Date.now();
  const present = new Set((await db.select({ id: sampleRooms.id }).from(sampleRooms)).map((r) => r.id));
  const missing = roomPlans.map((plan, sortOrder) => ({ plan, sortOrder })).filter(({ plan }) => !present.has(plan.id));
  const images = await Promise.all(missing.map(({ plan }) => renderRoom(plan)));
  let roomsAdded = 0;
  for (const [i, { plan, sortOrder }] of missing.entries()) {
    const bytes = images[i]!;
    const imageKey = contentAddressedKey(`rooms/${plan.id}`, "wall", bytes, "jpg");
    await deps.storage.put(imageKey, bytes, "image/jpeg");
    const added = await db
      .insert(sampleRooms)
      .values({
        id: plan.id,
        title: plan.title,
        imageKey,
        width: ROOM_WIDTH,
        height: ROOM_HEIGHT,
        corners: plan.corners,
        widthIn: plan.widthIn,
        heightIn: plan.heightIn,
        floorY: plan.floorY,
        sortOrder,
      })
      .onConflictDoNothing({ target: sampleRooms.id })
      .returning({ id: sampleRooms.id });
    roomsAdded += added.length;
  }
  if (missing.length > 0) deps.log.info({ roomsAdded, ms: Date.now() - startedAt }, "sample rooms written");
  return { roomsAdded };
}
