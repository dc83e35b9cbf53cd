// Each rule a scene must meet before it is stored, refused with a BadInput naming its field.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { MAX_PRINTS_PER_SCENE, type MockupScene } from "../../app/shared/wall";
import { photos, printVariants, wallPhotos } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { DomainError } from "../errors";
import { createSoldPhoto, createTestRoom, printOf, sceneWith, TEST_ROOM } from "./mockup-fixtures";
import { mockupSceneSchema } from "./scene-schema";
import { validateScene } from "./validate-scene";

const database = await testDatabase();
const db = database.db;
await createTestRoom(db);
const photo = await createSoldPhoto(db);
const [paper12, , canvas36] = photo.variants as [(typeof photo.variants)[0], (typeof photo.variants)[0], (typeof photo.variants)[0]];
const good = sceneWith([printOf(paper12, { x: 40, y: 20 }), printOf(canvas36, { x: 70, y: 10 })]);

async function refusal(scene: MockupScene, sessionId = "session-a"): Promise<{ message: string; field?: string }> {
  const error = await validateScene(db, scene, sessionId).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).kind).toBe("BadInput");
  return { message: (error as DomainError).message, field: (error as DomainError).field };
}

async function wallPhoto(sessionId: string, status: "uploaded" | "ready", saved = false): Promise<string> {
  const [row] = await db
    .insert(wallPhotos)
    .values({ sessionId, status, saved, imageKey: "walls/x/wall.jpg", analysisKey: "walls/x/analysis.jpg", width: 2560, height: 1920, contentType: "image/jpeg" })
    .returning({ id: wallPhotos.id });
  return row!.id;
}

describe("validateScene", () => {
  it("accepts a scene on a sample room with prints at their sold sizes inside the wall, either way round", async () => {
    const turned = { ...printOf(paper12, { x: 10, y: 10 }, "turned"), width: paper12.heightIn, height: paper12.widthIn };
    const { scene, wallImage, variants } = await validateScene(db, { ...good, prints: [...good.prints, turned] }, "session-a");
    expect(scene.prints).toHaveLength(3);
    expect(wallImage).toMatchObject({ width: TEST_ROOM.width, height: TEST_ROOM.height });
    expect([...variants.keys()].sort()).toEqual([paper12.id, canvas36.id].sort());
  });

  it("refuses a sample room that does not exist", async () => {
    expect(await refusal({ ...good, wall: { kind: "sample", roomId: "no-such-room" } })).toMatchObject({ field: "wall" });
  });

  it("accepts this session's ready wall photo, and refuses another session's exactly as a missing one, and one not analysed yet", async () => {
    const mine = await wallPhoto("session-a", "ready");
    const corners = [{ x: 100, y: 100 }, { x: 2400, y: 150 }, { x: 2380, y: 1800 }, { x: 120, y: 1750 }] as const;
    const onPhoto = (id: string) => ({ ...good, corners, wall: { kind: "photo" as const, wallPhotoId: id } });
    await expect(validateScene(db, onPhoto(mine), "session-a")).resolves.toBeTruthy();
    const theirs = await refusal(onPhoto(mine), "session-b");
    expect(theirs).toEqual(await refusal(onPhoto("8f14e45f-ceea-467f-a0e6-a1c2e3b4d5f6"), "session-b"));
    expect((await refusal(onPhoto(await wallPhoto("session-a", "uploaded")))).message).toMatch(/not ready/);
  });

  it("lets a visitor's copy stand on a wall photo that a saved mockup keeps", async () => {
    const kept = await wallPhoto("session-a", "ready", true);
    const corners = [{ x: 100, y: 100 }, { x: 2400, y: 150 }, { x: 2380, y: 1800 }, { x: 120, y: 1750 }] as const;
    await expect(validateScene(db, { ...good, corners, wall: { kind: "photo", wallPhotoId: kept } }, "session-b")).resolves.toBeTruthy();
  });

  it("refuses corners off the image, beyond a small margin", async () => {
    const [tl, tr, br, bl] = TEST_ROOM.corners;
    expect(await refusal({ ...good, corners: [tl, { x: 2400 * 1.1, y: tr.y }, br, bl] })).toMatchObject({ field: "corners" });
    await expect(validateScene(db, { ...good, corners: [tl, { x: 2410, y: tr.y }, br, bl] }, "session-a")).resolves.toBeTruthy();
  });

  it("refuses corners that cross, go the wrong way round, or lie on one line, with the geometry's own message", async () => {
    const [tl, tr, br, bl] = TEST_ROOM.corners;
    expect(await refusal({ ...good, corners: [tl, br, tr, bl] })).toMatchObject({ field: "corners", message: expect.stringMatching(/cross|fold/) });
    expect(await refusal({ ...good, corners: [tl, bl, br, tr] })).toMatchObject({ field: "corners", message: expect.stringMatching(/top-left, top-right/) });
    expect(await refusal({ ...good, corners: [tl, { x: 1200, y: 210 }, tr, bl] })).toMatchObject({ field: "corners" });
  });

  it("refuses a floor line above the wall's bottom or more than 120 in below it, and accepts none", async () => {
    expect(await refusal({ ...good, floorY: TEST_ROOM.heightIn - 1 })).toMatchObject({ field: "floorY" });
    expect(await refusal({ ...good, floorY: TEST_ROOM.heightIn + 121 })).toMatchObject({ field: "floorY" });
    await expect(validateScene(db, { ...good, floorY: null }, "session-a")).resolves.toBeTruthy();
  });

  it("refuses a variant that does not exist, is withdrawn, or belongs to a withdrawn photo", async () => {
    expect(await refusal(sceneWith([{ ...printOf(paper12, { x: 0, y: 0 }), variantId: 999_999 }]))).toMatchObject({ field: "prints.0" });
    const other = await createSoldPhoto(db);
    await db.update(printVariants).set({ isActive: false }).where(eq(printVariants.id, other.variants[0]!.id));
    expect(await refusal(sceneWith([printOf(paper12, { x: 0, y: 0 }), printOf(other.variants[0]!, { x: 20, y: 0 })]))).toMatchObject({ field: "prints.1" });
    const hidden = await createSoldPhoto(db);
    await db.update(photos).set({ isActive: false }).where(eq(photos.id, hidden.id));
    expect(await refusal(sceneWith([printOf(hidden.variants[0]!, { x: 0, y: 0 })]))).toMatchObject({ field: "prints.0" });
  });

  it("refuses a print whose material or size is not its variant's", async () => {
    expect(await refusal(sceneWith([{ ...printOf(paper12, { x: 0, y: 0 }), material: "metal" }]))).toMatchObject({ message: expect.stringMatching(/material/) });
    expect(await refusal(sceneWith([{ ...printOf(paper12, { x: 0, y: 0 }), width: 12.5 }]))).toMatchObject({ message: expect.stringMatching(/12 × 8 in/) });
    await expect(validateScene(db, sceneWith([{ ...printOf(paper12, { x: 0, y: 0 }), width: 12.005 }]), "session-a")).resolves.toBeTruthy();
  });

  it("refuses a print that reaches outside the marked wall", async () => {
    expect(await refusal(sceneWith([printOf(canvas36, { x: TEST_ROOM.widthIn - 30, y: 10 })]))).toMatchObject({ field: "prints.0", message: expect.stringMatching(/inside the marked wall/) });
    expect(await refusal(sceneWith([printOf(paper12, { x: 10, y: -5 })]))).toMatchObject({ field: "prints.0" });
  });
});

describe("the scene's schema", () => {
  const issuesOf = (scene: unknown) => mockupSceneSchema.safeParse(scene).error?.issues.map((i) => i.path.join(".")) ?? [];

  it("refuses a wall under 1 in or over 600 in", () => {
    expect(issuesOf({ ...good, widthIn: 0.5 })).toEqual(["widthIn"]);
    expect(issuesOf({ ...good, heightIn: 601 })).toEqual(["heightIn"]);
    expect(issuesOf({ ...good, widthIn: 600, heightIn: 1 })).toEqual([]);
  });

  it(`refuses more than ${MAX_PRINTS_PER_SCENE} prints`, () => {
    const prints = Array.from({ length: MAX_PRINTS_PER_SCENE + 1 }, (_, i) => printOf(paper12, { x: 0, y: 0 }, `p${i}`));
    expect(issuesOf({ ...good, prints })).toEqual(["prints"]);
    expect(issuesOf({ ...good, prints: prints.slice(1) })).toEqual([]);
  });

  it("refuses coordinates that are not finite numbers, a fifth corner, and an unknown wall kind", () => {
    const [tl, tr, br, bl] = TEST_ROOM.corners;
    expect(issuesOf({ ...good, corners: [{ x: Number.NaN, y: 0 }, tr, br, bl] })).toEqual(["corners.0.x"]);
    expect(issuesOf({ ...good, corners: [tl, { x: Number.POSITIVE_INFINITY, y: 0 }, br, bl] })).toEqual(["corners.1.x"]);
    expect(issuesOf({ ...good, corners: [tl, tr, br, bl, tl] })).not.toEqual([]);
    expect(issuesOf({ ...good, wall: { kind: "url", url: "http://169.254.169.254/" } })).toEqual(["wall.kind"]);
  });
});
