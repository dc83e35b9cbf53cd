import { eq } from "drizzle-orm";
import { Logger as WorkerLogger, runOnce } from "graphile-worker";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { photoImages } from "../../db/schema/index";
import { enqueueImageDerivatives } from "../../server/images/photo-derivatives";
import { createFilesystemStorage } from "../../server/integrations/storage/filesystem-storage";
import { createLogger } from "../../server/log";
import { testDatabase } from "../../test/database";
import { queuedJobs, settledQueuedJobs } from "../../test/jobs";
import { createPhotoWithOriginal } from "../../test/photo-original";
import { generateImageDerivatives } from "./generate-image-derivatives";

const database = await testDatabase();
const root = await mkdtemp(path.join(tmpdir(), "printroom-derivatives-task-"));
afterAll(() => rm(root, { recursive: true, force: true }));
const deps = { db: database.db, storage: createFilesystemStorage(root), log: createLogger("silent") };

describe("the generate_image_derivatives task", () => {
  it("runs through graphile-worker from a job enqueued in a transaction, once per photo", async () => {
    const photo = await createPhotoWithOriginal(database.db, deps.storage, 1200, 1800);
    await database.db.transaction(async (tx) => {
      await enqueueImageDerivatives(tx, photo.id);
      await enqueueImageDerivatives(tx, photo.id);
    });
    const jobs = () => queuedJobs(database.db, { task: "generate_image_derivatives" });
    expect(await jobs()).toHaveLength(1);

    await runOnce({
      connectionString: database.url,
      taskList: { generate_image_derivatives: generateImageDerivatives(deps) },
      logger: new WorkerLogger(() => () => {}),
    });

    await settledQueuedJobs(database.db, { task: "generate_image_derivatives" }).toEqual([]);
    const rows = await database.db
      .select({ format: photoImages.format, width: photoImages.width, height: photoImages.height })
      .from(photoImages)
      .where(eq(photoImages.photoId, photo.id));
    const avif = rows.filter((r) => r.format === "avif").map((r) => [r.width, r.height]);
    expect(avif.sort((a, b) => a[0]! - b[0]!)).toEqual([[400, 600], [800, 1200], [1200, 1800]]);
    expect(new Set(rows.map((r) => r.format))).toEqual(new Set(["jpeg", "avif", "webp"]));
    // The original and three widths in each of three formats.
    expect(rows).toHaveLength(10);
  });

  it("makes the photo page's 3000 px zoom copy from a large original", async () => {
    const photo = await createPhotoWithOriginal(database.db, deps.storage, 3000, 2000);
    await enqueueImageDerivatives(database.db, photo.id);
    await runOnce({
      connectionString: database.url,
      taskList: { generate_image_derivatives: generateImageDerivatives(deps) },
      logger: new WorkerLogger(() => () => {}),
    });
    const rows = await database.db
      .select({ kind: photoImages.kind, format: photoImages.format, width: photoImages.width, height: photoImages.height })
      .from(photoImages)
      .where(eq(photoImages.photoId, photo.id));
    const zoom = rows.filter((r) => r.kind === "derivative" && r.width === 3000);
    expect(zoom.map((r) => `${r.format}@${r.width}x${r.height}`).sort()).toEqual(["avif@3000x2000", "jpeg@3000x2000"]);
    // The original, four srcset widths in three formats, and the zoom copy in two.
    expect(rows).toHaveLength(1 + 12 + 2);
  });
});
