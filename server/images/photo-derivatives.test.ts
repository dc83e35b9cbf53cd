import { asc, sql } from "drizzle-orm";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { photoImages } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { queuedJobs } from "../../test/jobs";
import { createPhotoWithOriginal } from "../../test/photo-original";
import { createFilesystemStorage } from "../integrations/storage/filesystem-storage";
import { createLogger } from "../log";
import { enqueueImageDerivatives, generateDerivativesForPhoto } from "./photo-derivatives";

const database = await testDatabase();
const root = await mkdtemp(path.join(tmpdir(), "printroom-derivatives-"));
afterAll(() => rm(root, { recursive: true, force: true }));
const deps = { db: database.db, storage: createFilesystemStorage(root), log: createLogger("silent") };

const derivativeRows = (photoId: number) =>
  database.db
    .select({ id: photoImages.id, format: photoImages.format, width: photoImages.width, height: photoImages.height, storageKey: photoImages.storageKey, bytes: photoImages.bytes })
    .from(photoImages)
    .where(sql`${photoImages.photoId} = ${photoId} and ${photoImages.kind} = 'derivative'`)
    // Enum columns sort in declaration order: jpeg, webp, avif.
    .orderBy(asc(photoImages.format), asc(photoImages.width));

describe("generateDerivativesForPhoto", () => {
  it("stores AVIF, WebP and JPEG copies and records each with its real dimensions", async () => {
    const photo = await createPhotoWithOriginal(database.db, deps.storage);
    await generateDerivativesForPhoto(deps, photo.id);
    const rows = await derivativeRows(photo.id);
    expect(rows.map((r) => `${r.format}@${r.width}x${r.height}`)).toEqual(
      ["jpeg", "webp", "avif"].flatMap((f) => [400, 800, 1200, 1600].map((w) => `${f}@${w}x${Math.round((w * 2) / 3)}`)),
    );
    for (const row of rows) {
      const stored = await deps.storage.get(row.storageKey);
      expect(stored?.length).toBe(row.bytes);
      const meta = await sharp(stored!).metadata();
      expect([meta.format === "heif" ? "avif" : meta.format, meta.width, meta.height]).toEqual([row.format, row.width, row.height]);
    }
  });

  it("running it again adds and changes nothing", async () => {
    const photo = await createPhotoWithOriginal(database.db, deps.storage);
    await generateDerivativesForPhoto(deps, photo.id);
    const first = await derivativeRows(photo.id);
    await generateDerivativesForPhoto(deps, photo.id);
    expect(await derivativeRows(photo.id)).toEqual(first);
  });

  it("a photo without an original is skipped, not retried forever", async () => {
    const photo = await createPhoto(database.db, {}, []);
    await expect(generateDerivativesForPhoto(deps, photo.id)).resolves.toEqual({ stored: 0 });
  });
});

describe("enqueueImageDerivatives", () => {
  it("queues one job per photo however often it is asked in a transaction", async () => {
    const photo = await createPhoto(database.db, {}, []);
    await database.db.transaction(async (tx) => {
      await enqueueImageDerivatives(tx, photo.id);
      await enqueueImageDerivatives(tx, photo.id);
    });
    const jobs = await queuedJobs(database.db, { task: "generate_image_derivatives" });
    expect(jobs.map((j) => [j.key, j.payload])).toEqual([[`generate_image_derivatives:${photo.id}`, { photoId: photo.id }]]);
  });
});
