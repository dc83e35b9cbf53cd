// Writes the demo catalogue: collections, the photo book, photos with their prints and original
// images, a derivatives job per photo, and the sample rooms. Deterministic, and running it again changes nothing.
import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import { collections, photoImages, photos, printVariants, products } from "../schema/index";
import { contentAddressedKey } from "../../server/integrations/storage/index";
import { enqueueImageDerivatives } from "../../server/images/photo-derivatives";
import { renderOriginal } from "./artwork/render";
import { chapters, photoBook, type SeedPhoto } from "./data/index";
import { variantsFor } from "./print-variants";
import { seedSampleRooms } from "./rooms/seed-rooms";
import { seedPrintDetails } from "./seed-print-details";
import type { SeedDeps } from "./seed-deps";


const aspectOf = (photo: SeedPhoto) => photo.aspect.split(":").map(Number) as [number, number];

function orientationOf(photo: SeedPhoto): "landscape" | "portrait" | "square" {
  const [w, h] = aspectOf(photo);
  return w > h ? "landscape" : w < h ? "portrait" : "square";
}

async function upsertCollections(db: Db): Promise<Map<string, number>> {
  await db
    .insert(collections)
    .values(chapters.map((c, i) => ({ ...c.collection, sortOrder: i + 1 })))
    .onConflictDoNothing({ target: collections.slug });
  const rows = await db
    .select({ id: collections.id, slug: collections.slug })
    .from(collections)
    .where(inArray(collections.slug, chapters.map((c) => c.collection.slug)));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

export async function seedCatalog(db: Db, deps: SeedDeps): Promise<{ photosAdded: number }> {
  const startedAt = Date.now();
  const collectionIds = await upsertCollections(db);
  await db.insert(products).values(photoBook).onConflictDoNothing({ target: products.slug });

  const all = chapters.flatMap((c) => c.photos.map((photo) => ({ photo, collectionSlug: c.collection.slug })));
  const present = new Set(
    (await db.select({ slug: photos.slug }).from(photos).where(inArray(photos.slug, all.map((p) => p.photo.slug)))).map((r) => r.slug),
  );
  const missing = all.map((entry, index) => ({ ...entry, sortOrder: index + 1 })).filter((e) => !present.has(e.photo.slug));
  // Drawn all at once (sharp queues the work on its own thread pool); written one by one in
  // catalogue order below, so ids come out the same on every run.
  const originals = await Promise.all(missing.map((e) => renderOriginal({ ...e.photo.art, seed: e.photo.slug }, aspectOf(e.photo))));

  let photosAdded = 0;
  for (const [i, { photo, collectionSlug, sortOrder }] of missing.entries()) {
    const original = originals[i]!;
    const storageKey = contentAddressedKey(`photos/${photo.slug}`, "original", original.bytes, "jpg");
    await deps.storage.put(storageKey, original.bytes, "image/jpeg");
    const added = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(photos)
        .values({
          slug: photo.slug,
          title: photo.title,
          story: photo.story,
          location: photo.location,
          takenOn: photo.takenOn,
          orientation: orientationOf(photo),
          aspectRatio: original.width / original.height,
          isFeatured: photo.featured ?? false,
          tags: photo.tags,
          collectionId: collectionIds.get(collectionSlug),
          sortOrder,
        })
        .onConflictDoNothing({ target: photos.slug })
        .returning({ id: photos.id });
      // Another process seeded this photo since we looked: its rows and job are already there.
      if (!row) return false;
      await tx.insert(printVariants).values(variantsFor(photo.aspect, photo.offer).map((v) => ({ ...v, photoId: row.id })));
      await tx.insert(photoImages).values({
        photoId: row.id,
        kind: "original",
        format: "jpeg",
        width: original.width,
        height: original.height,
        storageKey,
        bytes: original.bytes.length,
      });
      await enqueueImageDerivatives(tx, row.id);
      return true;
    });
    if (added) photosAdded++;
  }
  await seedPrintDetails(db);
  await seedSampleRooms(db, deps);
  deps.log.info({ photosAdded, ms: Date.now() - startedAt }, "demo catalogue written");
  return { photosAdded };
}
