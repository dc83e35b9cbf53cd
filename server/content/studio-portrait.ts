// The photographer's portrait as the About page shows it; null before the seed (or the studio) has put one.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { studioImages } from "../../db/schema/index";
import { mediaUrl } from "../catalog/images";

export type StudioPortrait = { src: string; width: number; height: number; alt: string };

export async function studioPortrait(db: DbOrTx): Promise<StudioPortrait | null> {
  const [row] = await db.select().from(studioImages).where(eq(studioImages.name, "portrait"));
  return row ? { src: mediaUrl(row.storageKey), width: row.width, height: row.height, alt: row.alt } : null;
}
