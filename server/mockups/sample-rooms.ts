// The seed's calibrated rooms, for the editor's "or choose a sample room".
import { asc } from "drizzle-orm";
import type { SampleRoom } from "../../app/shared/wall";
import type { DbOrTx } from "../../db/client";
import { sampleRooms } from "../../db/schema/mockups";
import { mediaUrl } from "../catalog/images";

export async function listSampleRooms(db: DbOrTx): Promise<SampleRoom[]> {
  const rows = await db.select().from(sampleRooms).orderBy(asc(sampleRooms.sortOrder), asc(sampleRooms.id));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    imageUrl: mediaUrl(r.imageKey),
    width: r.width,
    height: r.height,
    corners: r.corners,
    widthIn: r.widthIn,
    heightIn: r.heightIn,
    floorY: r.floorY,
  }));
}
