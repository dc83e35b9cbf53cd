// Seeding the demo catalogue: on first start of an empty database, and from `npm run db:seed`.
import type { Db } from "../client";
import { photos } from "../schema/index";
import { seedSampleRooms } from "./rooms/seed-rooms";
import { seedCatalog } from "./seed-catalog";
import { seedStudioPortrait } from "./seed-portrait";
import { seedShipping } from "./seed-shipping";
import type { SeedDeps } from "./seed-deps";

export { seedCatalog } from "./seed-catalog";
export type { SeedDeps } from "./seed-deps";

/**
 * A catalogue with any photo in it belongs to someone: only a completely empty one is seeded. The
 * sample rooms are the store's own, so a database from before they existed gets them anyway.
 */
export async function seedIfEmpty(db: Db, deps: SeedDeps): Promise<boolean> {
  await seedShipping(db);
  await seedStudioPortrait(db, deps);
  const [anyPhoto] = await db.select({ id: photos.id }).from(photos).limit(1);
  if (anyPhoto) {
    await seedSampleRooms(db, deps);
    return false;
  }
  await seedCatalog(db, deps);
  return true;
}
