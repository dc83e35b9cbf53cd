// admin.catalogue through the typed router: nothing without a back-office session, the same
// services as the pages for photos, prices and collections, and bad input a BAD_REQUEST that
// writes nothing.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, photos } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { routeContext } from "../../../test/route-context";
import { createCaller } from "../../trpc/root";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const owner = await createAdminUser(db, { email: "catalogue.router@example.com", password: "a long enough owner password" });
const admin = createCaller(routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id) })).admin.catalogue;
const visitor = createCaller(routeContext(db, env, { adminSessionToken: undefined })).admin.catalogue;
const shopper = createCaller(routeContext(db, env, { adminSessionToken: "forged-or-expired-token-of-enough-length-0000" })).admin.catalogue;

describe("admin.catalogue", () => {
  it("answers UNAUTHORIZED to a visitor and a forged session, for reads and writes alike, and writes nothing", async () => {
    for (const caller of [visitor, shopper]) {
      await expect(caller.photos.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(caller.photos.create({ title: "Sneaky" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(caller.prices.set({ id: 1, cells: [{ material: "paper", widthIn: 12, heightIn: 8, priceCents: 1, isActive: true }] })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(caller.collections.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(caller.collections.create({ title: "Sneaky" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    expect(await db.$count(photos)).toBe(0);
  });

  it("makes, reads, lists and edits a photo, audited", async () => {
    const made = await admin.photos.create({ title: "Router Pine", tags: "pine, fog", sortOrder: 4, editionSize: 30, isSigned: true });
    expect(made).toMatchObject({ slug: "router-pine", isActive: false, tags: ["pine", "fog"], sortOrder: 4, editionSize: 30, isSigned: true });
    expect(await admin.photos.get({ id: made.id })).toEqual(made);
    expect((await admin.photos.list({ q: "fog" })).rows.map((r) => r.id)).toEqual([made.id]);
    const edited = await admin.photos.update({ id: made.id, title: "Router Pine at Dusk", location: "Oregon" });
    expect(edited).toMatchObject({ title: "Router Pine at Dusk", slug: "router-pine", location: "Oregon", tags: [] });
    expect(await db.$count(auditLog, eq(auditLog.action, "photo.update"))).toBe(1);
    await expect(admin.photos.get({ id: 2_000_000_000 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(admin.photos.update({ id: made.id, title: "On Sale", isActive: true })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/Upload the photo's image/) });
  });

  it("reads and sets the price matrix in cents", async () => {
    const photo = await admin.photos.create({ title: "Priced By Script" });
    const matrix = await admin.prices.get({ id: photo.id });
    const [size] = matrix.sizes;
    expect(matrix.cells[`paper:${size!.widthIn}x${size!.heightIn}`]).toMatchObject({ variantId: null, priceCents: null });
    expect(await admin.prices.set({ id: photo.id, cells: [{ material: "paper", widthIn: size!.widthIn, heightIn: size!.heightIn, priceCents: 4550, isActive: true }] })).toEqual({ changed: 1 });
    expect((await admin.prices.get({ id: photo.id })).cells[`paper:${size!.widthIn}x${size!.heightIn}`]).toMatchObject({ priceCents: 4550, isActive: true });
    await expect(admin.prices.set({ id: photo.id, cells: [{ material: "paper", widthIn: 9, heightIn: 9, priceCents: 100, isActive: true }] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("makes and edits collections, with a cover from their photos and which photos are in them", async () => {
    const collection = await admin.collections.create({ title: "Script Shore", sortOrder: 5, isActive: true });
    expect(collection).toMatchObject({ slug: "script-shore", sortOrder: 5, isActive: true, coverPhotoId: null });
    const photo = await admin.photos.create({ title: "Shore Photo" });
    expect(await admin.collections.setPhotos({ id: collection.id, photoIds: [photo.id] })).toEqual({ photoIds: [photo.id], coverPhotoId: null });
    const edited = await admin.collections.update({ id: collection.id, title: "Script Shore", description: "Salt.", coverPhotoId: photo.id, isActive: true });
    expect(edited).toMatchObject({ description: "Salt.", coverPhotoId: photo.id });
    expect(await admin.collections.get({ id: collection.id })).toEqual(edited);
    expect((await admin.collections.list()).find((c) => c.id === collection.id)).toMatchObject({ photoCount: 1, coverPhotoId: photo.id });
    await expect(admin.collections.create({ title: "Again", slug: "script-shore" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses bad input with BAD_REQUEST and writes nothing", async () => {
    const before = await db.$count(auditLog);
    const refused = [
      () => admin.photos.create({ title: "" }),
      () => admin.photos.create({ title: "Bad Day", takenOn: "2024-02-30" }),
      () => admin.photos.create({ title: "Bad Edition", editionSize: 2.5 }),
      () => admin.photos.get({ id: -1 }),
      () => admin.photos.list({ status: "sold" as "active" }),
      () => admin.prices.set({ id: 1, cells: [] }),
      () => admin.prices.set({ id: 1, cells: [{ material: "paper", widthIn: 12, heightIn: 8, priceCents: 10.5, isActive: true }] }),
      () => admin.prices.set({ id: 1, cells: [{ material: "gold" as "paper", widthIn: 12, heightIn: 8, priceCents: 100, isActive: true }] }),
      () => admin.collections.create({ title: "Bad Address", slug: "Not A Slug" }),
      () => admin.collections.update({ id: 1, title: "No Cover", coverPhotoId: 0 }),
      () => admin.collections.setPhotos({ id: 1, photoIds: [1.5] }),
    ];
    for (const call of refused) await expect(call()).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.$count(auditLog)).toBe(before);
  });
});
