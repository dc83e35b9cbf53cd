import { asc, eq, sql } from "drizzle-orm";
import { Logger as WorkerLogger, runOnce } from "graphile-worker";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { photoImages } from "../../db/schema/index";
import { createFilesystemStorage } from "../../server/integrations/storage/filesystem-storage";
import { contentAddressedKey } from "../../server/integrations/storage/index";
import { createLogger } from "../../server/log";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { enqueueImageDerivatives, generateDerivativesForPhoto, generateImageDerivatives, generateImageDerivativesTask } from "./generate-image-derivatives";

const database = await testDatabase();
const root = await mkdtemp(path.join(tmpdir(), "printroom-derivatives-"));
afterAll(() => rm(root, { recursive: true, force: true }));
const deps = { db: database.db, storage: createFilesystemStorage(root), log: createLogger("silent") };

/** A photo with a stored 1800×1200 JPEG original, as an upload or the seed leaves it. */
async function photoWithOriginal(width = 1800, height = 1200) {
  const photo = await createPhoto(database.db, { aspectRatio: width / height }, []);
  const bytes = await sharp({ create: { width, height, channels: 3, background: "#e58b6d" } }).jpeg().toBuffer();
  const storageKey = contentAddressedKey(`photos/${photo.slug}`, "original", bytes, "jpg");
  await deps.storage.put(storageKey, bytes, "image/jpeg");
  await database.db.insert(photoImages).values({ photoId: photo.id, kind: "original", format: "jpeg", width, height, storageKey, bytes: bytes.length });
  return photo;
}

const derivativeRows = (photoId: number) =>
  database.db
    .select({ id: photoImages.id, format: photoImages.format, width: photoImages.width, height: photoImages.height, storageKey: photoImages.storageKey, bytes: photoImages.bytes })
    .from(photoImages)
    .where(sql`${photoImages.photoId} = ${photoId} and ${photoImages.kind} = 'derivative'`)
    // Enum columns sort in declaration order: jpeg, webp, avif.
    .orderBy(asc(photoImages.format), asc(photoImages.width));

describe("generateDerivativesForPhoto", () => {
  it("stores AVIF, WebP and JPEG copies and records each with its real dimensions", async () => {
    const photo = await photoWithOriginal();
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
    const photo = await photoWithOriginal();
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

describe(`the ${generateImageDerivativesTask} task`, () => {
  it("runs through graphile-worker from a job enqueued in a transaction, once per photo", async () => {
    const photo = await photoWithOriginal(1200, 1800);
    await database.db.transaction(async (tx) => {
      await enqueueImageDerivatives(tx, photo.id);
      await enqueueImageDerivatives(tx, photo.id);
    });
    const jobs = () => database.sql<{ n: number }[]>`select count(*)::int as n from graphile_worker.jobs where task_identifier = ${generateImageDerivativesTask}`;
    expect((await jobs())[0]!.n).toBe(1);

    await runOnce({
      connectionString: database.url,
      taskList: { [generateImageDerivativesTask]: generateImageDerivatives(deps) },
      logger: new WorkerLogger(() => () => {}),
    });

    expect((await jobs())[0]!.n).toBe(0);
    const rows = await derivativeRows(photo.id);
    expect(rows.filter((r) => r.format === "avif").map((r) => [r.width, r.height])).toEqual([[400, 600], [800, 1200], [1200, 1800]]);
    expect(new Set(rows.map((r) => r.format))).toEqual(new Set(["avif", "webp", "jpeg"]));
    expect(await database.db.$count(photoImages, eq(photoImages.photoId, photo.id))).toBe(10);
  });
});
