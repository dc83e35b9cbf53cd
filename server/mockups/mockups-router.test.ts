// The mockups procedures as two shoppers call them: drafts belong to their session, a saved
// mockup is readable by anyone with its link, and another session's draft answers as a missing id.
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mockups, printVariants, wallPhotos } from "../../db/schema/index";
import { gone, toResponse } from "../errors";
import { testDatabase } from "../../test/database";
import { createSoldPhoto, createTestRoom, printOf, sceneWith, shopper, TEST_ROOM } from "./mockup-fixtures";
import { MOCKUP_ID_BYTES } from "./mockup-id";

const database = await testDatabase();
const db = database.db;
await createTestRoom(db);
const photo = await createSoldPhoto(db);
const [paper12, paper18, canvas36] = photo.variants as [(typeof photo.variants)[0], (typeof photo.variants)[0], (typeof photo.variants)[0]];
const scene = sceneWith([printOf(paper12, { x: 10, y: 10 }, "a"), printOf(paper18, { x: 30, y: 10 }, "b"), printOf(canvas36, { x: 60, y: 5 }, "c")]);

async function trpcError(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return { code: (error as TRPCError).code, message: (error as TRPCError).message };
}

/** What the server would do if the other engineer's `save` had run: saved, with a composite. */
async function markSaved(id: string, compositeKey = `mockups/composites/composite-${id.toLowerCase().replace(/[^a-z0-9]/g, "")}.jpg`) {
  await db.update(mockups).set({ status: "saved", compositeKey }).where(eq(mockups.id, id));
}

describe("mockup ids", () => {
  it("are 22 base64url characters from 16 random bytes, different every time", async () => {
    const { api } = shopper(db);
    const ids = await Promise.all(Array.from({ length: 20 }, () => api.saveDraft({ scene }).then((r) => r.id)));
    expect(MOCKUP_ID_BYTES * 8).toBeGreaterThanOrEqual(128);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(id, "base64url")).toHaveLength(16);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("sampleRooms", () => {
  it("lists the rooms with their calibration and a /media URL", async () => {
    const rooms = await shopper(db).api.sampleRooms();
    expect(rooms).toEqual([
      { id: TEST_ROOM.id, title: "Test room", imageUrl: "/media/rooms/test-room/wall-0123456789abcdef.jpg", width: 2400, height: 1600, corners: TEST_ROOM.corners, widthIn: 144, heightIn: 90, floorY: 96 },
    ]);
  });
});

describe("drafts", () => {
  it("are created for the caller's session, updated by their owner, and refused as missing to anyone else", async () => {
    const owner = shopper(db);
    const { id } = await owner.api.saveDraft({ scene });
    expect(owner.session.started).toBe(true);
    const moved = sceneWith([printOf(paper12, { x: 50, y: 40 }, "a")]);
    expect(await owner.api.saveDraft({ id, scene: moved })).toEqual({ id });
    expect((await owner.api.get({ id })).scene.prints).toEqual(moved.prints);

    const other = shopper(db, "session-other");
    const missing = await trpcError(other.api.get({ id: "AAAAAAAAAAAAAAAAAAAAAA" }));
    expect(missing.code).toBe("NOT_FOUND");
    const attempts = [() => other.api.get({ id }), () => other.api.saveDraft({ id, scene }), () => other.api.delete({ id }), () => other.api.copy({ id }), () => other.api.addToCart({ id })];
    for (const attempt of attempts) expect(await trpcError(attempt())).toEqual(missing);
    expect(await shopper(db).api.listMine()).toEqual([]);
    expect((await owner.api.get({ id })).scene.prints).toEqual(moved.prints);
    expect(await other.cart.get()).toMatchObject({ itemCount: 0 });
  });

  it("refuse a scene that breaks a rule with a 400 and store nothing", async () => {
    const owner = shopper(db, "session-refused");
    const outside = sceneWith([printOf(canvas36, { x: 130, y: 10 })]);
    expect(await trpcError(owner.api.saveDraft({ scene: outside }))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/inside the marked wall/) });
    expect(await trpcError(owner.api.saveDraft({ scene: { ...scene, widthIn: 700 } }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.$count(mockups, eq(mockups.sessionId, "session-refused"))).toBe(0);
  });

  it("of a saved mockup cannot be overwritten; the owner edits a copy", async () => {
    const owner = shopper(db);
    const { id } = await owner.api.saveDraft({ scene });
    await markSaved(id);
    expect(await trpcError(owner.api.saveDraft({ id, scene }))).toMatchObject({ code: "CONFLICT" });
  });
});

describe("saving drafts often", () => {
  it("is limited to 120 saves in 10 minutes a session, counted in Postgres; another session is not held back", async () => {
    const busy = shopper(db, "session-busy");
    const { id } = await busy.api.saveDraft({ scene });
    for (let i = 1; i < 120; i++) await busy.api.saveDraft({ id, scene });
    expect(await trpcError(busy.api.saveDraft({ id, scene }))).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await expect(shopper(db, "session-calm").api.saveDraft({ scene })).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe("get and listMine", () => {
  it("show a saved mockup to anyone with its id, with database prices, and list only the caller's own, newest first", async () => {
    const owner = shopper(db);
    const first = await owner.api.saveDraft({ scene });
    const second = await owner.api.saveDraft({ scene: sceneWith([printOf(paper12, { x: 0, y: 0 })]) });
    await markSaved(first.id);
    await db.update(mockups).set({ updatedAt: new Date(Date.now() - 60_000) }).where(eq(mockups.id, first.id));

    const visitor = await shopper(db).api.get({ id: first.id });
    expect(visitor).toMatchObject({ id: first.id, status: "saved", isOwner: false, title: null, compositeUrl: expect.stringMatching(/^\/media\/mockups\/composites\//) });
    expect(visitor.prints.map((p) => [p.id, p.variantId, p.material, p.widthIn, p.heightIn, p.priceCents, p.photoSlug])).toEqual([
      ["a", paper12.id, "paper", 12, 8, paper12.priceCents, photo.slug],
      ["b", paper18.id, "paper", 18, 12, paper18.priceCents, photo.slug],
      ["c", canvas36.id, "canvas", 36, 24, canvas36.priceCents, photo.slug],
    ]);
    expect(visitor.totalCents).toBe(paper12.priceCents + paper18.priceCents + canvas36.priceCents);
    expect((await owner.api.get({ id: first.id })).isOwner).toBe(true);

    const mine = await owner.api.listMine();
    expect(mine.map((m) => [m.id, m.status, m.printCount])).toEqual([
      [second.id, "draft", 1],
      [first.id, "saved", 3],
    ]);
    expect(await shopper(db, "session-nobody").api.listMine()).toEqual([]);
  });
});

describe("delete", () => {
  it("marks a saved mockup deleted for its owner only: its link then answers that its owner deleted it, and its wall photo is no longer kept", async () => {
    const owner = shopper(db, "session-deleting");
    const [photoRow] = await db
      .insert(wallPhotos)
      .values({ sessionId: "session-deleting", status: "ready", saved: true, imageKey: "walls/d/wall.jpg", analysisKey: "walls/d/analysis.jpg", width: 2560, height: 1920, contentType: "image/jpeg" })
      .returning();
    const corners = [{ x: 100, y: 100 }, { x: 2400, y: 150 }, { x: 2380, y: 1800 }, { x: 120, y: 1750 }] as const;
    const { id } = await owner.api.saveDraft({ scene: { ...scene, corners, wall: { kind: "photo", wallPhotoId: photoRow!.id } } });
    await markSaved(id);

    expect(await trpcError(shopper(db).api.delete({ id }))).toMatchObject({ code: "NOT_FOUND", message: "No such mockup." });
    expect(await owner.api.delete({ id })).toEqual({ id });
    const [row] = await db.select().from(mockups).where(eq(mockups.id, id));
    expect(row).toMatchObject({ status: "deleted", deletedAt: expect.any(Date), compositeKey: expect.any(String) });
    const [kept] = await db.select({ saved: wallPhotos.saved }).from(wallPhotos).where(eq(wallPhotos.id, photoRow!.id));
    expect(kept!.saved).toBe(false);

    const deleted = { code: "NOT_FOUND", message: "This mockup was deleted by its owner" };
    expect(await trpcError(shopper(db).api.get({ id }))).toEqual(deleted);
    expect(await trpcError(owner.api.get({ id }))).toEqual(deleted);
    expect(await trpcError(shopper(db).api.copy({ id }))).toEqual(deleted);
    expect(await trpcError(owner.api.delete({ id }))).toEqual(deleted);
    expect(await owner.api.listMine()).toEqual([]);
  });

  it("answers a page's request for a deleted mockup with 410", () => {
    expect((toResponse(gone("This mockup was deleted by its owner")) as Response).status).toBe(410);
  });

  it("removes a draft at once: it was never shared", async () => {
    const owner = shopper(db);
    const { id } = await owner.api.saveDraft({ scene });
    await owner.api.delete({ id });
    expect(await trpcError(owner.api.get({ id }))).toMatchObject({ code: "NOT_FOUND", message: "No such mockup." });
  });
});

describe("copy", () => {
  it("gives a visitor a draft of their own from a saved mockup, which they may change and the owner cannot see", async () => {
    const owner = shopper(db);
    const { id } = await owner.api.saveDraft({ scene });
    await markSaved(id);
    const visitor = shopper(db);
    const copy = await visitor.api.copy({ id });
    expect(copy.id).not.toBe(id);
    expect(await visitor.api.get({ id: copy.id })).toMatchObject({ status: "draft", isOwner: true, scene, compositeUrl: null });
    await visitor.api.saveDraft({ id: copy.id, scene: sceneWith([printOf(paper12, { x: 1, y: 1 })]) });
    expect((await owner.api.get({ id })).scene).toEqual(scene);
    expect(await trpcError(owner.api.get({ id: copy.id }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("addToCart", () => {
  it("puts exactly the scene's variants in the caller's cart at today's database prices", async () => {
    const owner = shopper(db);
    const { id } = await owner.api.saveDraft({ scene });
    await markSaved(id);
    await db.update(printVariants).set({ priceCents: 5150 }).where(eq(printVariants.id, paper18.id));

    const visitor = shopper(db);
    const cart = await visitor.api.addToCart({ id });
    expect(cart.lines.map((l) => [l.variantId, l.quantity, l.unitPriceCents]).sort()).toEqual(
      [
        [paper12.id, 1, paper12.priceCents],
        [paper18.id, 1, 5150],
        [canvas36.id, 1, canvas36.priceCents],
      ].sort(),
    );
    expect(cart.subtotalCents).toBe(paper12.priceCents + 5150 + canvas36.priceCents);
    expect(await visitor.cart.get()).toEqual(cart);
    expect(await owner.cart.get()).toMatchObject({ itemCount: 0 });
  });

  it("adds nothing when one print is no longer for sale", async () => {
    const owner = shopper(db);
    const { id } = await owner.api.saveDraft({ scene });
    await markSaved(id);
    await db.update(printVariants).set({ isActive: false }).where(eq(printVariants.id, canvas36.id));
    try {
      const visitor = shopper(db);
      expect(await trpcError(visitor.api.addToCart({ id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await visitor.cart.get()).toMatchObject({ itemCount: 0 });
    } finally {
      await db.update(printVariants).set({ isActive: true }).where(eq(printVariants.id, canvas36.id));
    }
  });
});
