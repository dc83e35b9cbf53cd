// An upload whose row cannot be written leaves no files: they were stored first, so they are deleted.
import { count } from "drizzle-orm";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { wallPhotos } from "../../db/schema/mockups";
import { testDatabase } from "../../test/database";
import { queuedJobs } from "../../test/jobs";
import { createFilesystemStorage } from "../integrations/storage/filesystem-storage";
import { createLogger } from "../log";
import { createRateLimits } from "../rate-limits/rate-limits";
import { plainJpeg } from "./upload-fixtures";
import { storeWallPhoto } from "./wall-upload";

const database = await testDatabase();
const root = await mkdtemp(path.join(tmpdir(), "printroom-wall-rollback-"));
afterAll(() => rm(root, { recursive: true, force: true }));
const deps = { db: database.db, storage: createFilesystemStorage(root), log: createLogger("silent"), rateLimits: createRateLimits(database.db) };
const files = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;

describe("a wall upload whose transaction fails", () => {
  it("deletes the files it stored, and leaves no row and no job", async () => {
    // Postgres text cannot hold NUL, so the insert fails after both files are in storage.
    await expect(storeWallPhoto(deps, { sessionId: "session\u0000a", bytes: await plainJpeg() })).rejects.toThrow();
    expect(await files()).toBe(0);
    // The folder its files were written to is left, empty: they were stored, then deleted.
    expect(await readdir(path.join(root, "walls"))).toHaveLength(1);
    expect((await database.db.select({ n: count() }).from(wallPhotos))[0]!.n).toBe(0);
    expect(await queuedJobs(database.db, { task: "analyse_wall_photo" })).toEqual([]);

    await storeWallPhoto(deps, { sessionId: "session-a", bytes: await plainJpeg() });
    expect(await files()).toBe(2);
  });
});
