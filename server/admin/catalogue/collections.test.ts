// Collections in the back office on a real database: the cover chosen from its photos and shown on
// the storefront's card, which photos are in it, and slugs that stay unique when two owners' (or
// scripts') writes race, proven with real parallel transactions.
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, collections, photos } from "../../../db/schema/index";
import { testDatabase } from "../../../test/database";
import { createPhoto, createPhotoImages } from "../../../test/factories";
import { listCollectionCards } from "../../catalog/collection-cards";
import { createAdminUser } from "../access/admin-users";
import { createCollectionAsAdmin, listAdminCollections, listCollectionPhotoChoices, setCollectionPhotos, updateCollectionAsAdmin } from "./collection-admin";
import { collectionFormSchema, collectionPhotosFormSchema } from "./collection-form";
import { createPhotoAsAdmin, updatePhotoAsAdmin } from "./photo-admin";
import { photoFormSchema } from "./photo-form";

const database = await testDatabase();
const db = database.db;
const owner = await createAdminUser(db, { email: "collections.owner@example.com", password: "a long enough owner password" });
const admin = { id: owner.id, email: owner.email };
const collectionForm = (fields: Record<string, string>) => collectionFormSchema.parse({ isActive: "on", ...fields });
const photoForm = (fields: Record<string, string>) => photoFormSchema.parse(fields);

/** Waits until some backend is blocked on a lock: the racing insert is then waiting for our commit. */
async function untilSomeoneWaitsForALock(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [row] = await database.sql`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    if ((row as { waiting: number }).waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the racing write never waited for the open transaction");
}

describe("a collection's photos and cover", () => {
  it("takes ticked photos, moves them, clears a cover that leaves, and audits each change", async () => {
    const collection = await createCollectionAsAdmin(db, admin, collectionForm({ title: "Harbours" }));
    const [a, b, c] = [await createPhoto(db, { title: "Harbour A" }), await createPhoto(db, { title: "Harbour B" }), await createPhoto(db, { title: "Harbour C" })];
    const posted = collectionPhotosFormSchema.parse({ intent: "photos", [`photo:${a.id}`]: "on", [`photo:${b.id}`]: "on", [`photo:${c.id}`]: "" });
    expect(posted.photoIds).toEqual([a.id, b.id]);
    expect(await setCollectionPhotos(db, admin, collection.id, posted)).toEqual({ photoIds: [a.id, b.id], coverPhotoId: null });

    const choices = await listCollectionPhotoChoices(db, collection.id);
    expect(choices.filter((p) => p.inCollection).map((p) => p.id)).toEqual([a.id, b.id]);
    expect(choices.some((p) => p.id === c.id && !p.inCollection)).toBe(true);
    expect((await listAdminCollections(db)).find((row) => row.id === collection.id)).toMatchObject({ photoCount: 2, coverPhotoId: null });

    const withCover = await updateCollectionAsAdmin(db, admin, collection.id, collectionForm({ title: "Harbours", coverPhotoId: String(b.id) }));
    expect(withCover.coverPhotoId).toBe(b.id);
    await expect(updateCollectionAsAdmin(db, admin, collection.id, collectionForm({ title: "Harbours", coverPhotoId: String(c.id) }))).rejects.toMatchObject({ kind: "BadInput", field: "coverPhotoId" });

    expect(await setCollectionPhotos(db, admin, collection.id, { photoIds: [a.id] })).toEqual({ photoIds: [a.id], coverPhotoId: null });
    expect((await db.select({ collectionId: photos.collectionId }).from(photos).where(eq(photos.id, b.id)))[0]!.collectionId).toBeNull();
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "collection.photos"), eq(auditLog.subjectId, String(collection.id)))).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(audit).toMatchObject({ before: { photoIds: [a.id, b.id], coverPhotoId: b.id }, after: { photoIds: [a.id], coverPhotoId: null } });
  });

  it("refuses a photo that does not exist and a cover on a new collection, writing nothing", async () => {
    const collection = await createCollectionAsAdmin(db, admin, collectionForm({ title: "Refusals" }));
    await expect(setCollectionPhotos(db, admin, collection.id, { photoIds: [2_000_000_000] })).rejects.toMatchObject({ kind: "BadInput" });
    await expect(createCollectionAsAdmin(db, admin, collectionForm({ title: "Covered", coverPhotoId: "1" }))).rejects.toMatchObject({ kind: "BadInput", field: "coverPhotoId" });
    expect(await db.$count(collections, eq(collections.title, "Covered"))).toBe(0);
    await expect(setCollectionPhotos(db, admin, "nope", { photoIds: [] })).rejects.toMatchObject({ kind: "NotFound" });
  });

  it("a photo moved to another collection on its own page stops being the cover of the one it left", async () => {
    const left = await createCollectionAsAdmin(db, admin, collectionForm({ title: "Left" }));
    const joined = await createCollectionAsAdmin(db, admin, collectionForm({ title: "Joined" }));
    const photo = await createPhotoAsAdmin(db, admin, photoForm({ title: "Mover", collectionId: String(left.id) }));
    await updateCollectionAsAdmin(db, admin, left.id, collectionForm({ title: "Left", coverPhotoId: String(photo.id) }));
    await updatePhotoAsAdmin(db, admin, photo.id, photoForm({ title: "Mover", collectionId: String(joined.id) }));
    expect((await db.select({ cover: collections.coverPhotoId }).from(collections).where(eq(collections.id, left.id)))[0]!.cover).toBeNull();
  });

  it("the storefront's card shows the chosen cover while it is on sale in the collection, else the first photo", async () => {
    const collection = await createCollectionAsAdmin(db, admin, collectionForm({ title: "Storefront Cover" }));
    const first = await createPhoto(db, { title: "First", isFeatured: true, collectionId: collection.id, sortOrder: -10 });
    const chosen = await createPhoto(db, { title: "Chosen", collectionId: collection.id, sortOrder: 10 });
    await createPhotoImages(db, first);
    await createPhotoImages(db, chosen);
    const card = async () => (await listCollectionCards(db)).find((c) => c.id === collection.id)!;
    expect((await card()).coverPhotoSlug).toBe(first.slug);

    await updateCollectionAsAdmin(db, admin, collection.id, collectionForm({ title: "Storefront Cover", coverPhotoId: String(chosen.id) }));
    expect((await card()).coverPhotoSlug).toBe(chosen.slug);
    expect((await card()).cover).not.toBeNull();

    await db.update(photos).set({ isActive: false }).where(eq(photos.id, chosen.id));
    expect((await card()).coverPhotoSlug).toBe(first.slug);
  });
});

describe("slugs under concurrent creation", () => {
  it("two photos of one title made at once both succeed, with different slugs", async () => {
    const made = await Promise.all([1, 2, 3, 4].map(() => createPhotoAsAdmin(db, admin, photoForm({ title: "Same Moment" }))));
    expect(new Set(made.map((p) => p.slug)).size).toBe(4);
    expect(made.map((p) => p.slug).sort()).toEqual(["same-moment", "same-moment-2", "same-moment-3", "same-moment-4"]);
  });

  it("a photo whose slug another open transaction takes first is made again with the next slug, not a 500", async () => {
    let racing: Promise<{ slug: string }> | undefined;
    await database.sql.begin(async (other) => {
      await other`insert into photos (slug, title, orientation, aspect_ratio) values ('lighthouse-race', 'Lighthouse Race', 'landscape', 1.5)`;
      // Not committed yet: the service's uniqueSlug cannot see it, so its insert waits on the unique index.
      racing = createPhotoAsAdmin(db, admin, photoForm({ title: "Lighthouse Race" }));
      await untilSomeoneWaitsForALock();
    });
    expect((await racing!).slug).toBe("lighthouse-race-2");
    expect(await db.$count(auditLog, and(eq(auditLog.action, "photo.create"), eq(auditLog.subjectType, "photo")))).toBeGreaterThan(0);
  });

  it("a collection made at once with the same title gets the next slug; with the same typed address, a 409 beside it", async () => {
    let auto: Promise<{ slug: string }> | undefined;
    let typed: Promise<unknown> | undefined;
    await database.sql.begin(async (other) => {
      await other`insert into collections (slug, title) values ('tides', 'Tides')`;
      await other`insert into collections (slug, title) values ('typed-tides', 'Typed Tides')`;
      auto = createCollectionAsAdmin(db, admin, collectionForm({ title: "Tides" }));
      typed = createCollectionAsAdmin(db, admin, collectionForm({ title: "Other Tides", slug: "typed-tides" })).catch((error: unknown) => error);
      await untilSomeoneWaitsForALock();
    });
    expect((await auto!).slug).toBe("tides-2");
    expect(await typed!).toMatchObject({ kind: "Conflict", field: "slug" });
    expect(await db.$count(collections, eq(collections.title, "Other Tides"))).toBe(0);
  });
});
