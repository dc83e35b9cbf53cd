import { eq } from "drizzle-orm";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { printVariants } from "../../db/schema/catalog";
import { mockups, wallPhotos } from "../../db/schema/mockups";
import { applyHomography, wallPlaneOfSize, type Quad } from "../../app/shared/wall/index";
import { testDatabase } from "../../test/database";
import { DomainError } from "../errors";
import { createFilesystemStorage } from "../integrations/storage/filesystem-storage";
import { createLogger } from "../log";
import { createRateLimits } from "../rate-limits/rate-limits";
import { saveMockup } from "./save";
import { createMockupRow, createPhotoWithImage, createSampleRoom, ROOM, sceneOn } from "./save-fixtures";
import { plainJpeg } from "./upload-fixtures";
import { storeWallPhoto } from "./wall-upload";

const database = await testDatabase();
const db = database.db;
const root = await mkdtemp(path.join(tmpdir(), "printroom-mockup-save-"));
afterAll(() => rm(root, { recursive: true, force: true }));
const storage = createFilesystemStorage(root);
const deps = { db, storage };
const RED: [number, number, number] = [205, 30, 40];

const kindOf = (promise: Promise<unknown>) => promise.then(() => "resolved", (error: unknown) => (error instanceof DomainError ? error.kind : String(error)));
const rowOf = async (id: string) => (await db.select().from(mockups).where(eq(mockups.id, id)))[0]!;

describe("saving a mockup", () => {
  it("renders the composite into storage, with the print where the wall plane puts it, and marks the mockup saved with its title", async () => {
    const room = await createSampleRoom(db, storage);
    const photo = await createPhotoWithImage(db, storage, RED);
    const canvas = photo.variants[2]!; // 36 × 24 in canvas
    const print = { id: "p1", variantId: canvas.id, material: "canvas" as const, x: 40, y: 20, width: 36, height: 24 };
    const draft = await createMockupRow(db, { sessionId: "owner", scene: sceneOn(room.id, [print]) });

    const saved = await saveMockup(deps, { id: draft.id, sessionId: "owner", title: "Above the sofa" });
    const row = await rowOf(draft.id);
    expect([row.status, row.title, row.compositeKey]).toEqual(["saved", "Above the sofa", saved.compositeKey]);
    expect(saved.compositeKey).toMatch(/^mockups\/composites\/composite-[0-9a-f]{16}\.jpg$/);

    const file = await storage.get(saved.compositeKey);
    expect(file).not.toBeNull();
    const { data, info } = await sharp(file!).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([ROOM.width, ROOM.height]);
    const centre = applyHomography(wallPlaneOfSize(ROOM.corners, ROOM.widthIn, ROOM.heightIn).wallToPhoto, { x: 58, y: 32 });
    const at = (Math.round(centre.y) * info.width + Math.round(centre.x)) * 3;
    expect([...data.subarray(at, at + 3)].every((v, i) => Math.abs(v - RED[i]!) <= 8)).toBe(true);
  });

  it("keeps the wall photo it stands on past the daily cleanup, in the same transaction", async () => {
    const wall = await storeWallPhoto({ ...deps, rateLimits: createRateLimits(db), log: createLogger("silent") }, { sessionId: "owner", bytes: await plainJpeg(800, 600) });
    await db.update(wallPhotos).set({ status: "ready" }).where(eq(wallPhotos.id, wall.id));
    const photo = await createPhotoWithImage(db, storage, RED);
    const corners: Quad = [{ x: 80, y: 60 }, { x: 720, y: 70 }, { x: 715, y: 540 }, { x: 85, y: 530 }];
    const draft = await createMockupRow(db, {
      sessionId: "owner",
      scene: { wall: { kind: "photo", wallPhotoId: wall.id }, corners, widthIn: 100, heightIn: 75, floorY: null, prints: [{ id: "p1", variantId: photo.variants[0]!.id, material: "paper", x: 10, y: 10, width: 12, height: 8 }] },
    });
    await saveMockup(deps, { id: draft.id, sessionId: "owner" });
    const [kept] = await db.select({ saved: wallPhotos.saved }).from(wallPhotos).where(eq(wallPhotos.id, wall.id));
    expect(kept!.saved).toBe(true);
    expect((await rowOf(draft.id)).title).toBeNull();
  });

  it("another session's mockup is not found, a deleted one is gone, and neither changes", async () => {
    const room = await createSampleRoom(db, storage);
    const photo = await createPhotoWithImage(db, storage, RED);
    const scene = sceneOn(room.id, [{ id: "p1", variantId: photo.variants[0]!.id, material: "paper", x: 10, y: 10, width: 12, height: 8 }]);
    const draft = await createMockupRow(db, { sessionId: "owner", scene });
    const deleted = await createMockupRow(db, { sessionId: "owner", scene, status: "deleted" });
    expect(await kindOf(saveMockup(deps, { id: draft.id, sessionId: "someone-else" }))).toBe("NotFound");
    expect(await kindOf(saveMockup(deps, { id: "no-such-mockup-id-at-all", sessionId: "owner" }))).toBe("NotFound");
    expect(await kindOf(saveMockup(deps, { id: deleted.id, sessionId: "owner" }))).toBe("Gone");
    expect([(await rowOf(draft.id)).status, (await rowOf(deleted.id)).status]).toEqual(["draft", "deleted"]);
  });

  it("checks the draft again: a print retired since it was placed is refused with its field, and the mockup stays a draft", async () => {
    const room = await createSampleRoom(db, storage);
    const photo = await createPhotoWithImage(db, storage, RED);
    const variant = photo.variants[1]!;
    const draft = await createMockupRow(db, { sessionId: "owner", scene: sceneOn(room.id, [{ id: "p1", variantId: variant.id, material: "paper", x: 10, y: 10, width: 18, height: 12 }]) });
    await db.update(printVariants).set({ isActive: false }).where(eq(printVariants.id, variant.id));
    const error = await saveMockup(deps, { id: draft.id, sessionId: "owner" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect([(error as DomainError).kind, (error as DomainError).field]).toEqual(["BadInput", "prints.0"]);
    const row = await rowOf(draft.id);
    expect([row.status, row.compositeKey]).toEqual(["draft", null]);
  });
});
