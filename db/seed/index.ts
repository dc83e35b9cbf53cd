// Seeding the demo catalogue: on first start of an empty database, and from `npm run db:seed`.
import type { Db } from "../client";
import { photos } from "../schema/index";
import { seedCatalog, type SeedDeps } from "./seed-catalog";

export { seedCatalog, type SeedDeps } from "./seed-catalog";

/** A catalogue with any photo in it belongs to someone: only a completely empty one is seeded. */
export async function seedIfEmpty(db: Db, deps: SeedDeps): Promise<boolean> {
  const [anyPhoto] = await db.select({ id: photos.id }).from(photos).limit(1);
  if (anyPhoto) return false;
  await seedCatalog(db, deps);
  return true;
}
