// The hourly cleanup, run through graphile-worker: unsaved wall photos older than a day go with their
// files, saved ones and recent ones stay; a second run, or a file already gone, changes nothing.
import { eq, sql } from "drizzle-orm";
import { Logger as WorkerLogger, runOnce } from "graphile-worker";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { wallPhotos } from "../../db/schema/mockups";
import { testDatabase } from "../../test/database";
import { cleanupWallPhotos } from "../../workers/tasks/cleanup-wall-photos";
import { createFilesystemStorage } from "../integrations/storage/filesystem-storage";
import { createLogger } from "../log";
import { createRateLimits } from "../rate-limits/rate-limits";
import { plainJpeg } from "./upload-fixtures";
import { deleteUnsavedWallPhotos } from "./wall-cleanup";
import { storeWallPhoto } from "./wall-upload";

const database = await testDatabase();
const root = await mkdtemp(path.join(tmpdir(), "printroom-wall-cleanup-"));
afterAll(() => rm(root, { recursive: true, force: true }));
const deps = { db: database.db, storage: createFilesystemStorage(root), log: createLogger("silent"), rateLimits: createRateLimits(database.db) };

async function wallPhotoAged(hours: number, saved = false): Promise<string> {
  const { id } = await storeWallPhoto(deps, { sessionId: "session-a", bytes: await plainJpeg() });
  await database.db
    .update(wallPhotos)
    .set({ saved, createdAt: sql`now() - make_interval(hours => ${hours})` })
    .where(eq(wallPhotos.id, id));
  return id;
}

const allFiles = async () => (await readdir(path.join(root, "walls"), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
const filesOf = async (id: string) => readdir(path.join(root, "walls", id)).catch(() => []);
const ids = async () => (await database.db.select({ id: wallPhotos.id }).from(wallPhotos)).map((row) => row.id).sort();

describe("the cleanup_wall_photos task", () => {
  it("deletes unsaved photos older than 24 hours with their files, keeps saved and recent ones, and is safe to run twice", async () => {
    const old = await wallPhotoAged(25);
    const oldWithAFileGone = await wallPhotoAged(30);
    const savedOld = await wallPhotoAged(72, true);
    const recent = await wallPhotoAged(23);
    const [gone] = await filesOf(oldWithAFileGone);
    await rm(path.join(root, "walls", oldWithAFileGone, gone!));

    const run = () => runOnce({ connectionString: database.url, taskList: { cleanup_wall_photos: cleanupWallPhotos(deps) }, logger: new WorkerLogger(() => () => {}) });
    await database.db.execute(sql`select graphile_worker.add_job('cleanup_wall_photos', '{}'::json)`);
    await run();

    expect(await ids()).toEqual([savedOld, recent].sort());
    expect(await filesOf(old)).toEqual([]);
    expect(await filesOf(oldWithAFileGone)).toEqual([]);
    expect(await filesOf(savedOld)).toHaveLength(2);
    expect(await filesOf(recent)).toHaveLength(2);

    await expect(deleteUnsavedWallPhotos(deps, { olderThanHours: 24 })).resolves.toBe(0);
    expect(await ids()).toEqual([savedOld, recent].sort());
    expect(await allFiles()).toBe(4);
  });
});
