// The files a scene's composite is drawn from: the wall image validateScene found (this session's
// upload or a sample room) and, for each print, the largest JPEG stored for its photo.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { photoImages, printVariants } from "../../db/schema/catalog";
import type { MockupScene } from "../../app/shared/wall/index";
import type { Storage } from "../integrations/storage/index";
import type { CompositeSource } from "./composite-image";

async function readStored(storage: Storage, key: string): Promise<Buffer> {
  const bytes = await storage.get(key);
  // The row says the file exists; its absence is our fault, not the shopper's, so a plain error.
  if (!bytes) throw new Error(`stored image missing: ${key}`);
  return bytes;
}

/** variant id → the storage key of its photo's widest JPEG (a derivative, or the original when there is none). */
async function printImageKeys(db: Db, variantIds: number[]): Promise<Map<number, string>> {
  if (variantIds.length === 0) return new Map();
  const rows = await db
    .select({ variantId: printVariants.id, key: photoImages.storageKey, width: photoImages.width, kind: photoImages.kind })
    .from(printVariants)
    .innerJoin(photoImages, and(eq(photoImages.photoId, printVariants.photoId), eq(photoImages.format, "jpeg")))
    .where(inArray(printVariants.id, variantIds));
  const best = new Map<number, (typeof rows)[number]>();
  for (const row of rows) {
    const current = best.get(row.variantId);
    const better = !current || (row.kind === "derivative" && current.kind === "original") || (row.kind === current.kind && row.width > current.width);
    if (better) best.set(row.variantId, row);
  }
  return new Map([...best].map(([id, row]) => [id, row.key]));
}

/** Everything renderCompositeJpeg needs; each distinct file is read once, however many prints show it. */
export async function compositeSourceOf(deps: { db: Db; storage: Storage }, scene: MockupScene, wallKey: string): Promise<CompositeSource> {
  const imageKeys = await printImageKeys(deps.db, [...new Set(scene.prints.map((p) => p.variantId))]);
  const files = new Map<string, Promise<Buffer>>();
  const read = (key: string) => files.get(key) ?? files.set(key, readStored(deps.storage, key)).get(key)!;
  const prints = await Promise.all(
    scene.prints.map(async (print) => {
      const key = imageKeys.get(print.variantId);
      if (!key) throw new Error(`no stored image for variant ${print.variantId}`);
      return { rect: { x: print.x, y: print.y, width: print.width, height: print.height }, material: print.material, image: await read(key) };
    }),
  );
  return { wall: await read(wallKey), corners: scene.corners, widthIn: scene.widthIn, heightIn: scene.heightIn, prints };
}
