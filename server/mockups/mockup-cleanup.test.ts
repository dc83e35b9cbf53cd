// The mockups' part of the hourly cleanup, run by graphile-worker: drafts untouched for a day go,
// saved ones stay; a deleted mockup's composite goes after a week unless a copy shares the file,
// its row stays so the link still says it was deleted; a second run changes nothing.
import { eq, sql } from "drizzle-orm";
import { Logger as WorkerLogger, runOnce } from "graphile-worker";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mockups, wallPhotos } from "../../db/schema/mockups";
import { atFileEnd } from "../../test/cleanup";
import { testDatabase } from "../../test/database";
import { cleanupWallPhotos } from "../../workers/tasks/cleanup-wall-photos";
import { createFilesystemStorage } from "../integrations/storage/filesystem-storage";
import { createLogger } from "../log";
import { deleteStaleDrafts, removeDeletedComposites } from "./mockup-cleanup";
import { newMockupId } from "./mockup-id";
import { createSoldPhoto, createTestRoom, printOf, sceneWith, shopper } from "./mockup-fixtures";

const database = await testDatabase();
const db = database.db;
const root = await mkdtemp(path.join(tmpdir(), "printroom-mockup-cleanup-"));
atFileEnd(() => rm(root, { recursive: true, force: true }));
const storage = createFilesystemStorage(root);
await createTestRoom(db);
const photo = await createSoldPhoto(db);
const scene = sceneWith([printOf(photo.variants[0]!, { x: 10, y: 10 })]);

type Spec = { status: "draft" | "saved" | "deleted"; touchedHoursAgo: number; compositeKey?: string };

async function mockupAged(spec: Spec): Promise<string> {
  const id = newMockupId();
  const at = sql`now() - make_interval(hours => ${spec.touchedHoursAgo})`;
  await db.insert(mockups).values({ id, sessionId: "session-a", scene, status: spec.status, compositeKey: spec.compositeKey ?? null });
  await db
    .update(mockups)
    .set({ updatedAt: at, createdAt: at, deletedAt: spec.status === "deleted" ? at : null })
    .where(eq(mockups.id, id));
  return id;
}

async function composite(name: string): Promise<string> {
  const key = `mockups/composites/composite-${name}.jpg`;
  await storage.put(key, Buffer.from(`jpeg bytes of ${name}`), "image/jpeg");
  return key;
}

const ids = async () => (await db.select({ id: mockups.id }).from(mockups)).map((r) => r.id).sort();
const keyOf = async (id: string) => (await db.select({ key: mockups.compositeKey }).from(mockups).where(eq(mockups.id, id)))[0]?.key;

describe("the mockups' cleanup", () => {
  it("deletes day-old drafts and week-old deleted composites, keeps saved mockups, recent drafts and shared files, and is safe to run twice", async () => {
    const oldDraft = await mockupAged({ status: "draft", touchedHoursAgo: 25 });
    const recentDraft = await mockupAged({ status: "draft", touchedHoursAgo: 23 });
    const oldSaved = await mockupAged({ status: "saved", touchedHoursAgo: 24 * 90, compositeKey: await composite("saved") });
    const deletedLongAgo = await mockupAged({ status: "deleted", touchedHoursAgo: 24 * 8, compositeKey: await composite("gone") });
    const deletedRecently = await mockupAged({ status: "deleted", touchedHoursAgo: 24 * 2, compositeKey: await composite("recent") });
    const shared = await composite("shared");
    const deletedButShared = await mockupAged({ status: "deleted", touchedHoursAgo: 24 * 8, compositeKey: shared });
    const savedCopy = await mockupAged({ status: "saved", touchedHoursAgo: 1, compositeKey: shared });

    const run = () => runOnce({ connectionString: database.url, taskList: { cleanup_wall_photos: cleanupWallPhotos({ db, storage, log: createLogger("silent") }) }, logger: new WorkerLogger(() => () => {}) });
    await db.execute(sql`select graphile_worker.add_job('cleanup_wall_photos', '{"olderThanHours": 24}'::json)`);
    await run();

    expect(await ids()).toEqual([recentDraft, oldSaved, deletedLongAgo, deletedRecently, deletedButShared, savedCopy].sort());
    expect(await ids()).not.toContain(oldDraft);
    expect(await storage.get("mockups/composites/composite-gone.jpg")).toBeNull();
    expect(await keyOf(deletedLongAgo)).toBeNull();
    expect(await storage.get("mockups/composites/composite-saved.jpg")).not.toBeNull();
    expect(await storage.get("mockups/composites/composite-recent.jpg")).not.toBeNull();
    expect(await keyOf(deletedRecently)).toBe("mockups/composites/composite-recent.jpg");
    expect(await storage.get(shared)).not.toBeNull();
    expect(await keyOf(deletedButShared)).toBeNull();
    expect(await keyOf(savedCopy)).toBe(shared);
    const answer = await shopper(db).api.get({ id: deletedLongAgo }).catch((e: Error) => e.message);
    expect(answer).toBe("This mockup was deleted by its owner");

    expect(await deleteStaleDrafts(db)).toBe(0);
    expect(await removeDeletedComposites({ db, storage })).toBe(0);
    expect(await ids()).toEqual([recentDraft, oldSaved, deletedLongAgo, deletedRecently, deletedButShared, savedCopy].sort());
  });

  it("keeps an old unsaved wall photo while a recent draft stands on it, and deletes both in one run once the draft is a day old", async () => {
    const imageKey = await composite("wall-image");
    const [photoRow] = await db
      .insert(wallPhotos)
      .values({ sessionId: "session-a", status: "ready", imageKey, analysisKey: imageKey, width: 2560, height: 1920, contentType: "image/jpeg", createdAt: new Date(Date.now() - 30 * 3600_000) })
      .returning({ id: wallPhotos.id });
    const draft = await mockupAged({ status: "draft", touchedHoursAgo: 2 });
    await db.update(mockups).set({ scene: { ...scene, wall: { kind: "photo", wallPhotoId: photoRow!.id } } }).where(eq(mockups.id, draft));
    const run = () => runOnce({ connectionString: database.url, taskList: { cleanup_wall_photos: cleanupWallPhotos({ db, storage, log: createLogger("silent") }) }, logger: new WorkerLogger(() => () => {}) });
    const photoIds = async () => (await db.select({ id: wallPhotos.id }).from(wallPhotos)).map((r) => r.id);

    await db.execute(sql`select graphile_worker.add_job('cleanup_wall_photos', '{}'::json)`);
    await run();
    expect(await photoIds()).toEqual([photoRow!.id]);
    expect(await storage.get(imageKey)).not.toBeNull();

    await db.update(mockups).set({ updatedAt: new Date(Date.now() - 25 * 3600_000) }).where(eq(mockups.id, draft));
    await db.execute(sql`select graphile_worker.add_job('cleanup_wall_photos', '{}'::json)`);
    await run();
    expect(await photoIds()).toEqual([]);
    expect(await ids()).not.toContain(draft);
    expect(await storage.get(imageKey)).toBeNull();
  });
});
