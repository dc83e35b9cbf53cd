// The back office's catalogue services on a real database: photos made and edited, an image
// uploaded (and refused), the price matrix saved with its audit row, and every committed change
// heard by the page caches' listener.
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { auditLog, photoImages, photos, printVariants } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { queuedJobs } from "../../../test/jobs";
import { createStorage } from "../../integrations/storage/index";
import { createLogger } from "../../log";
import { parseForm } from "../../forms/parse-form";
import { createAdminUser } from "../access/admin-users";
import { listenForCatalogueChanges } from "./catalogue-changed";
import { createCollectionAsAdmin, updateCollectionAsAdmin } from "./collection-admin";
import { createPhotoAsAdmin, loadAdminPhoto, updatePhotoAsAdmin } from "./photo-admin";
import { listAdminPhotos } from "./photo-list";
import { uploadPhotoOriginal } from "./photo-upload";
import { collectionFormSchema } from "./collection-form";
import { photoFormSchema } from "./photo-form";
import { priceMatrixFormSchema } from "./price-form";
import { loadPriceMatrix, savePriceMatrix } from "./price-matrix";

const database = await testDatabase();
const db = database.db;
const log = createLogger("silent");
const storage = createStorage(testEnv(), log);
const owner = await createAdminUser(db, { email: "catalogue.owner@example.com", password: "a long enough owner password" });
const admin = { id: owner.id, email: owner.email };

let heard = 0;
await listenForCatalogueChanges(db, () => (heard += 1), log);
const heardAfter = async (before: number) => {
  for (let i = 0; i < 50 && heard === before; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return heard - before;
};

const portraitJpeg = () => sharp({ create: { width: 400, height: 600, channels: 3, background: "#336699" } }).jpeg().withMetadata({ exif: { IFD0: { Artist: "secret camera owner" } } }).toBuffer();
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
// The services take parsed forms, as the pages' handleForm and the router's zod inputs give them.
const createPhoto = (fields: Record<string, string>) => createPhotoAsAdmin(db, admin, photoFormSchema.parse(fields));
const updatePhoto = (id: number, fields: Record<string, string>) => updatePhotoAsAdmin(db, admin, id, photoFormSchema.parse(fields));
const createCollection = (fields: Record<string, string>) => createCollectionAsAdmin(db, admin, collectionFormSchema.parse(fields));
const updateCollection = (id: number, fields: Record<string, string>) => updateCollectionAsAdmin(db, admin, id, collectionFormSchema.parse(fields));
const photoFields = { title: "Harbour at Dawn", story: "Fog lifting.", location: "Maine", takenOn: "2024-06-30", tags: "Fog, sea, fog", collectionId: "", sortOrder: "3", editionSize: "", isSigned: "on" };

describe("photos in the back office", () => {
  it("are made off sale with a unique slug from the title, edited with an audit row, and found by the list", async () => {
    const first = await createPhoto(photoFields);
    const second = await createPhoto(photoFields);
    expect([first.slug, second.slug]).toEqual(["harbour-at-dawn", "harbour-at-dawn-2"]);
    expect(first).toMatchObject({ isActive: false, tags: ["fog", "sea"], takenOn: "2024-06-30", isSigned: true, sortOrder: 3 });

    const collection = await createCollection({ title: "Coastal Light", slug: "", description: "", sortOrder: "1" });
    const edited = await updatePhoto(first.id, { ...photoFields, title: "Harbour, First Light", collectionId: String(collection.id), isFeatured: "on", editionSize: "25" });
    expect(edited).toMatchObject({ title: "Harbour, First Light", slug: "harbour-at-dawn", collectionId: collection.id, isFeatured: true, editionSize: 25 });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "photo.update"), eq(auditLog.subjectId, String(first.id))));
    expect(audit).toMatchObject({ before: { title: "Harbour at Dawn" }, after: { title: "Harbour, First Light" } });

    await expect(updatePhoto(first.id, { ...photoFields, isActive: "on" })).rejects.toMatchObject({ kind: "BadInput", field: "isActive" });
    expect((await listAdminPhotos(db, { q: "first light" })).rows.map((r) => r.id)).toEqual([first.id]);
    expect((await listAdminPhotos(db, { q: "sea", status: "inactive" })).matching).toBe(2);
  });

  it("refuses a day that does not exist and an edition of nothing beside their fields", () => {
    const parsed = parseForm(photoFormSchema, form({ ...photoFields, takenOn: "2024-02-30", editionSize: "0" }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.failure.fieldErrors).sort()).toEqual(["editionSize", "takenOn"]);
  });
});

describe("an uploaded image", () => {
  it("becomes the photo's original, upright and without metadata, sets its shape and enqueues the derivatives in the same commit", async () => {
    const photo = await createPhoto({ ...photoFields, title: "Tall Pine" });
    const before = heard;
    const uploaded = await uploadPhotoOriginal({ db, storage, log }, admin, photo.id, await portraitJpeg());
    expect(uploaded).toMatchObject({ width: 400, height: 600, orientation: "portrait" });
    const [original] = await db.select().from(photoImages).where(and(eq(photoImages.photoId, photo.id), eq(photoImages.kind, "original")));
    expect(original!.storageKey).toMatch(/^photos\/tall-pine\/original-[0-9a-f]{16}\.jpg$/);
    const stored = await storage.get(original!.storageKey);
    expect((await sharp(stored!).metadata()).exif).toBeUndefined();
    expect(await loadAdminPhoto(db, photo.id)).toMatchObject({ orientation: "portrait", hasOriginal: true });
    expect((await loadAdminPhoto(db, photo.id)).aspectRatio).toBeCloseTo(2 / 3, 5);
    expect(await queuedJobs(db, { key: `generate_image_derivatives:${photo.id}` })).toHaveLength(1);
    expect(await heardAfter(before)).toBeGreaterThan(0);
  });

  it.each([
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /SVG images are not accepted/],
    ["an HTML polyglot behind a GIF header", Buffer.concat([Buffer.from("GIF89a"), Buffer.from("<script>alert(1)</script>")]), /not accepted|not an image/],
    ["an empty file", Buffer.alloc(0), /empty/],
    ["a truncated JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), /could not be read/],
  ])("is refused when it is %s, and nothing changes", async (_name, bytes, message) => {
    const photo = await createPhoto({ ...photoFields, title: "Refused Upload" });
    await expect(uploadPhotoOriginal({ db, storage, log }, admin, photo.id, bytes)).rejects.toMatchObject({ kind: "BadInput", field: "image", message: expect.stringMatching(message) });
    expect(await db.select().from(photoImages).where(eq(photoImages.photoId, photo.id))).toEqual([]);
    expect(await queuedJobs(db, { key: `generate_image_derivatives:${photo.id}` })).toEqual([]);
    expect((await loadAdminPhoto(db, photo.id)).aspectRatio).toBe(1.5);
  });
});

describe("the price matrix", () => {
  it("offers the photo's own sizes, saves typed dollars as cents, takes an emptied cell off sale without deleting it, and audits the table", async () => {
    const photo = await createPhoto({ ...photoFields, title: "Priced Pine" });
    await uploadPhotoOriginal({ db, storage, log }, admin, photo.id, await portraitJpeg());
    const matrix = await loadPriceMatrix(db, photo.id);
    expect(matrix.sizes.map((s) => `${s.widthIn}x${s.heightIn}`)).toEqual(["8x12", "12x18", "16x24", "24x36", "40x60"]);

    const posted = parseForm(priceMatrixFormSchema, form({ "price:paper:8x12": "120", "active:paper:8x12": "on", "price:canvas:12x18": "120.50", "price:metal:16x24": "" }));
    expect(posted.ok).toBe(true);
    if (!posted.ok) return;
    expect(await savePriceMatrix(db, admin, photo.id, posted.data)).toEqual({ changed: 2 });
    const saved = await loadPriceMatrix(db, photo.id);
    expect(saved.cells["paper:8x12"]).toMatchObject({ priceCents: 12000, isActive: true });
    expect(saved.cells["canvas:12x18"]).toMatchObject({ priceCents: 12050, isActive: false });
    expect(saved.cells["metal:16x24"]).toMatchObject({ priceCents: null, variantId: null });

    const before = heard;
    const emptied = parseForm(priceMatrixFormSchema, form({ "price:paper:8x12": "" }));
    if (!emptied.ok) throw new Error("an empty cell is not refused");
    await savePriceMatrix(db, admin, photo.id, emptied.data);
    const [kept] = await db.select().from(printVariants).where(and(eq(printVariants.photoId, photo.id), eq(printVariants.material, "paper")));
    expect(kept).toMatchObject({ priceCents: 12000, isActive: false });
    expect(await heardAfter(before)).toBeGreaterThan(0);

    const audits = await db.select().from(auditLog).where(and(eq(auditLog.action, "photo.prices"), eq(auditLog.subjectId, String(photo.id))));
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ before: expect.arrayContaining([{ material: "paper", size: "8x12", priceCents: 12000, isActive: true }]), after: expect.arrayContaining([{ material: "paper", size: "8x12", priceCents: 12000, isActive: false }]) });
  });

  it("refuses a price that is not plain dollars beside its cell, and a size the photo does not come in", async () => {
    for (const typed of ["$120", "120.5", "1,200", "-5", "12e3", "0"]) {
      const posted = parseForm(priceMatrixFormSchema, form({ "price:paper:8x12": typed }));
      expect(posted.ok, typed).toBe(false);
      if (!posted.ok) expect(posted.failure.fieldErrors["price:paper:8x12"]).toBeTruthy();
    }
    const photo = await createPhoto({ ...photoFields, title: "Odd Size" });
    await expect(savePriceMatrix(db, admin, photo.id, [{ material: "paper", widthIn: 9, heightIn: 9, priceCents: 5000, isActive: true }])).rejects.toMatchObject({ kind: "BadInput" });
    expect(await db.select().from(printVariants).where(eq(printVariants.photoId, photo.id))).toEqual([]);
  });
});

describe("collections", () => {
  it("keep their address unique", async () => {
    const one = await createCollection({ title: "Winter", slug: "winter" });
    const two = await createCollection({ title: "Winter" });
    expect(two.slug).toBe("winter-2");
    await expect(updateCollection(two.id, { title: "Winter", slug: one.slug })).rejects.toMatchObject({ kind: "Conflict", field: "slug" });
  });
});

describe("the page caches' listener", () => {
  it("hears a committed change and not one rolled back", async () => {
    const photo = await createPhoto({ ...photoFields, title: "Heard" });
    // Notices of the changes before this one may still be on their way.
    await new Promise((resolve) => setTimeout(resolve, 200));
    let before = heard;
    await updatePhoto(photo.id, { ...photoFields, title: "Heard Again" });
    expect(await heardAfter(before)).toBe(1);
    before = heard;
    await expect(updatePhoto(photo.id, { ...photoFields, isActive: "on" })).rejects.toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toBe(before);
    expect((await db.select({ title: photos.title }).from(photos).where(eq(photos.id, photo.id)))[0]!.title).toBe("Heard Again");
  });
});
