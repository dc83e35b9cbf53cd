import { asc } from "drizzle-orm";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFilesystemStorage } from "../../server/integrations/storage/filesystem-storage";
import { createLogger } from "../../server/log";
import { testDatabase, type TestDatabase } from "../../test/database";
import { collections, photoImages, photos, printVariants, products } from "../schema/index";
import { ORIGINAL_LONG_EDGE } from "./artwork/render";
import { seedCatalog, seedIfEmpty } from "./index";

const log = createLogger("silent");
const first = await testDatabase();
const second = await testDatabase();
const folders = [await mkdtemp(path.join(tmpdir(), "printroom-seed-a-")), await mkdtemp(path.join(tmpdir(), "printroom-seed-b-"))] as const;
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));
const storages = folders.map((f) => createFilesystemStorage(f));

const withoutCreatedAt = <T extends { createdAt: Date }>(rows: T[]) => rows.map(({ createdAt: _createdAt, ...rest }) => rest);

/** Everything the seed writes, minus creation timestamps. */
async function contents(database: TestDatabase) {
  const { db } = database;
  return {
    collections: withoutCreatedAt(await db.select().from(collections).orderBy(asc(collections.id))),
    products: withoutCreatedAt(await db.select().from(products).orderBy(asc(products.id))),
    photos: withoutCreatedAt(await db.select().from(photos).orderBy(asc(photos.id))),
    images: withoutCreatedAt(await db.select().from(photoImages).orderBy(asc(photoImages.id))),
    variants: await db.select().from(printVariants).orderBy(asc(printVariants.id)),
    jobs: await database.sql`select task_identifier, key from graphile_worker.jobs order by key`,
  };
}

async function filesIn(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(folder, path.join(e.parentPath, e.name))).sort();
}

beforeAll(async () => {
  expect(await seedIfEmpty(first.db, { storage: storages[0]!, log })).toBe(true);
  expect(await seedIfEmpty(second.db, { storage: storages[1]!, log })).toBe(true);
}, 400_000);

describe("the demo seed", () => {
  it("is deterministic: two fresh databases get the same rows, storage keys and image bytes", async () => {
    const a = await contents(first);
    expect(await contents(second)).toEqual(a);
    expect(await filesIn(folders[1])).toEqual(await filesIn(folders[0]));
    for (const image of a.images) {
      const [bytesA, bytesB] = await Promise.all(storages.map((s) => s.get(image.storageKey)));
      expect(bytesA?.length).toBe(image.bytes);
      expect(bytesB?.equals(bytesA!)).toBe(true);
    }
  });

  it("is idempotent: seeding again keeps every row and file as it was", async () => {
    const before = await contents(first);
    const filesBefore = await filesIn(folders[0]);
    expect(await seedCatalog(first.db, { storage: storages[0]!, log })).toEqual({ photosAdded: 0 });
    expect(await seedIfEmpty(first.db, { storage: storages[0]!, log })).toBe(false);
    expect(await contents(first)).toEqual(before);
    expect(await filesIn(folders[0])).toEqual(filesBefore);
  });

  it("has three collections of photos in every orientation, some featured, each with an original and a derivatives job", async () => {
    const rows = await first.db.select().from(photos);
    expect(await first.db.$count(collections)).toBe(3);
    expect(rows.length).toBe(60);
    expect(new Set(rows.map((p) => p.slug)).size).toBe(60);
    for (const collection of await first.db.select().from(collections)) expect(rows.filter((p) => p.collectionId === collection.id).length, collection.slug).toBe(20);
    expect(new Set(rows.map((p) => p.orientation))).toEqual(new Set(["landscape", "portrait", "square"]));
    expect(rows.filter((p) => p.isFeatured).length).toBeGreaterThanOrEqual(5);
    for (const photo of rows) {
      expect(photo.collectionId, photo.slug).not.toBeNull();
      expect(photo.story.length, photo.slug).toBeGreaterThan(60);
      expect(photo.tags.length, photo.slug).toBeGreaterThan(2);
    }
    const originals = await first.db.select().from(photoImages);
    expect(originals.map((i) => i.photoId).sort()).toEqual(rows.map((p) => p.id).sort());
    for (const image of originals) expect(Math.max(image.width, image.height)).toBe(ORIGINAL_LONG_EDGE);
    const jobs = await first.sql<{ key: string }[]>`select key from graphile_worker.jobs where task_identifier = 'generate_image_derivatives'`;
    expect(jobs.length).toBe(rows.length);
  });

  it("offers the photo book in stock at a whole-cent price", async () => {
    const [book] = await first.db.select().from(products);
    expect(book).toMatchObject({ slug: "photo-book", isActive: true });
    expect(Number.isInteger(book!.priceCents) && book!.priceCents > 0).toBe(true);
    expect(book!.stock).toBeGreaterThan(0);
  });

  it("offers photos in paper, canvas and metal from 8x10 to 40x60 inches, in their own proportions, some in fewer", async () => {
    const variants = await first.db.select().from(printVariants);
    const ratios = new Map((await first.db.select().from(photos)).map((p) => [p.id, p.aspectRatio]));
    const sizes = new Set(variants.map((v) => [v.widthIn, v.heightIn].sort((x, y) => x - y).join("x")));
    expect(sizes).toContain("8x10");
    expect(sizes).toContain("40x60");
    const materialsOf = (photoId: number) => new Set(variants.filter((v) => v.photoId === photoId).map((v) => v.material));
    const everything = [...ratios.keys()].filter((id) => variants.filter((v) => v.photoId === id).length === 15);
    const withoutMetal = [...ratios.keys()].filter((id) => !materialsOf(id).has("metal"));
    const small = [...ratios.keys()].filter((id) => Math.max(...variants.filter((v) => v.photoId === id).map((v) => Math.max(v.widthIn, v.heightIn))) <= 30);
    // Filters must have something to narrow: every photo has prints, not every photo every print.
    expect(everything.length).toBeGreaterThanOrEqual(24);
    expect(withoutMetal.length).toBeGreaterThanOrEqual(6);
    expect(small.length).toBeGreaterThanOrEqual(6);
    for (const photoId of ratios.keys()) expect(materialsOf(photoId).size, `photo ${photoId}`).toBeGreaterThan(0);
    for (const v of variants) {
      expect(Number.isInteger(v.priceCents) && v.priceCents > 0).toBe(true);
      expect(v.widthIn / v.heightIn).toBeCloseTo(ratios.get(v.photoId)!, 2);
    }
  });

  it("prices bigger prints higher, and canvas above paper and metal above canvas", async () => {
    const variants = await first.db.select().from(printVariants);
    const price = (photoId: number, material: string, w: number, h: number) =>
      variants.find((v) => v.photoId === photoId && v.material === material && v.widthIn === w && v.heightIn === h)!.priceCents;
    for (const v of variants.filter((x) => x.material === "paper" && x.photoId === variants[0]!.photoId)) {
      expect(price(v.photoId, "canvas", v.widthIn, v.heightIn)).toBeGreaterThan(v.priceCents);
      expect(price(v.photoId, "metal", v.widthIn, v.heightIn)).toBeGreaterThan(price(v.photoId, "canvas", v.widthIn, v.heightIn));
    }
    for (const material of ["paper", "canvas", "metal"]) {
      const own = variants.filter((v) => v.photoId === variants[0]!.photoId && v.material === material).sort((x, y) => x.widthIn * x.heightIn - y.widthIn * y.heightIn);
      expect(own.map((v) => v.priceCents)).toEqual([...own.map((v) => v.priceCents)].sort((x, y) => x - y));
      expect(new Set(own.map((v) => v.priceCents)).size).toBe(own.length);
    }
  });
});
