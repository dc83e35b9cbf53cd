// The photo pages of the back office through their loaders and actions, behind the real guard: the
// list, a new photo (refused input beside its fields, nothing written), an edit, and the price table.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, photos, printVariants } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createCollection, createPhoto } from "../../test/factories";
import { adminRouteContexts, routeAnswer, type AdminRoute } from "../../test/admin-route-context";
import { formPost } from "../../test/route-context";
import { action as editAction, loader as editLoader } from "./admin.photos.$id";
import { action as pricesAction, loader as pricesLoader } from "./admin.photos.$id_.prices";
import { loader as listLoader } from "./admin.photos._index";
import { action as newAction, loader as newLoader } from "./admin.photos.new";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const origin = env.PUBLIC_URL;
const { admin, visitor: visitor } = await adminRouteContexts(db, env, "photos.pages@example.com");

const answer = (route: AdminRoute, request: Request, context = admin, params: Record<string, string> = {}) => routeAnswer(route, request, context, params);
const get = (path: string) => new Request(`${origin}${path}`);
const post = (path: string, fields: Record<string, string>) => formPost(`${origin}${path}`, fields);
type Failure = { fieldErrors: Record<string, string>; values: Record<string, string> };

describe("the photo pages", () => {
  it("send a visitor to the login page, for the list, a photo, a new photo and the prices, and change nothing", async () => {
    const photo = await createPhoto(db, { title: "Guarded" });
    for (const [route, request, params] of [
      [listLoader, get("/admin/photos"), {}],
      [newLoader, get("/admin/photos/new"), {}],
      [newAction, post("/admin/photos/new", { title: "Sneaky" }), {}],
      [editAction, post(`/admin/photos/${photo.id}`, { title: "Renamed" }), { id: String(photo.id) }],
      [pricesAction, post(`/admin/photos/${photo.id}/prices`, { "price:paper:12x8": "1" }), { id: String(photo.id) }],
    ] as const) {
      const refused = await answer(route as AdminRoute, request, visitor, params);
      expect(refused.status).toBe(303);
      expect(refused.headers.get("location")).toMatch(/^\/admin\/login/);
    }
    expect((await db.select({ title: photos.title }).from(photos).where(eq(photos.id, photo.id)))[0]!.title).toBe("Guarded");
    expect(await db.$count(photos, eq(photos.title, "Sneaky"))).toBe(0);
  });

  it("list the photos with their collection, found by a search", async () => {
    const collection = await createCollection(db, { title: "Listed Shore" });
    const photo = await createPhoto(db, { title: "Listed Gull", collectionId: collection.id });
    const listed = await answer(listLoader, get("/admin/photos?q=gull"));
    expect(listed.status).toBe(200);
    expect(listed.headers.get("cache-control")).toMatch(/no-store/);
    const body = (await listed.json()) as { rows: { id: number; collection: string | null }[]; matching: number };
    expect(body.rows).toEqual([expect.objectContaining({ id: photo.id, collection: "Listed Shore" })]);
    expect(body.matching).toBe(1);
  });

  it("refuse a new photo with bad input beside its fields, keep what was typed, and write nothing", async () => {
    const photosBefore = await db.$count(photos);
    const auditsBefore = await db.$count(auditLog);
    const refused = await answer(newAction, post("/admin/photos/new", { title: "  ", takenOn: "2024-02-30", editionSize: "0", sortOrder: "first", location: "Kept" }));
    expect(refused.status).toBe(400);
    const failure = (await refused.json()) as Failure;
    expect(Object.keys(failure.fieldErrors).sort()).toEqual(["editionSize", "sortOrder", "takenOn", "title"]);
    expect(failure.values.location).toBe("Kept");
    const noCollection = await answer(newAction, post("/admin/photos/new", { title: "Lost Collection", collectionId: "2000000000" }));
    expect(noCollection.status).toBe(400);
    expect(Object.keys(((await noCollection.json()) as Failure).fieldErrors)).toEqual(["collectionId"]);
    expect(await db.$count(photos)).toBe(photosBefore);
    expect(await db.$count(auditLog)).toBe(auditsBefore);
  });

  it("make a new photo from the form and go to its page, then save an edit from its page", async () => {
    const made = await answer(newAction, post("/admin/photos/new", { title: "Form Heron", tags: "bird, marsh", takenOn: "2024-05-01", sortOrder: "2" }));
    expect(made.status).toBe(303);
    const [photo] = await db.select().from(photos).where(eq(photos.title, "Form Heron"));
    expect(photo).toMatchObject({ slug: "form-heron", tags: ["bird", "marsh"], takenOn: "2024-05-01", isActive: false });
    expect(made.headers.get("location")).toBe(`/admin/photos/${photo!.id}?done=created`);

    const params = { id: String(photo!.id) };
    const page = (await (await answer(editLoader, get(`/admin/photos/${photo!.id}`), admin, params)).json()) as { photo: { title: string } };
    expect(page.photo.title).toBe("Form Heron");
    const saved = await answer(editAction, post(`/admin/photos/${photo!.id}`, { title: "Form Heron at Dusk", tags: "bird" }), admin, params);
    expect(saved.status).toBe(303);
    expect((await db.select({ title: photos.title, slug: photos.slug }).from(photos).where(eq(photos.id, photo!.id)))[0]).toEqual({ title: "Form Heron at Dusk", slug: "form-heron" });
    const onSale = await answer(editAction, post(`/admin/photos/${photo!.id}`, { title: "Form Heron", isActive: "on" }), admin, params);
    expect(onSale.status).toBe(400);
    expect(Object.keys(((await onSale.json()) as Failure).fieldErrors)).toEqual(["isActive"]);
    expect((await answer(editLoader, get("/admin/photos/999999"), admin, { id: "999999" })).status).toBe(404);
  });

  it("save the price table typed in dollars as cents, audited, and refuse a bad price beside its cell with nothing saved", async () => {
    const photo = await createPhoto(db, { title: "Table Fern" }, []);
    const params = { id: String(photo.id) };
    const path = `/admin/photos/${photo.id}/prices`;
    const matrix = (await (await answer(pricesLoader, get(path), admin, params)).json()) as { sizes: { widthIn: number; heightIn: number }[] };
    const cell = `${matrix.sizes[0]!.widthIn}x${matrix.sizes[0]!.heightIn}`;

    const refused = await answer(pricesAction, post(path, { [`price:paper:${cell}`]: "$45", [`price:canvas:${cell}`]: "80" }), admin, params);
    expect(refused.status).toBe(400);
    expect(Object.keys(((await refused.json()) as Failure).fieldErrors)).toEqual([`price:paper:${cell}`]);
    expect(await db.$count(printVariants, eq(printVariants.photoId, photo.id))).toBe(0);

    const saved = await answer(pricesAction, post(path, { [`price:paper:${cell}`]: "45.50", [`active:paper:${cell}`]: "on", [`price:canvas:${cell}`]: "" }), admin, params);
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${path}?done=1`);
    const variants = await db.select().from(printVariants).where(eq(printVariants.photoId, photo.id));
    expect(variants).toEqual([expect.objectContaining({ material: "paper", priceCents: 4550, isActive: true })]);
    expect(await db.$count(auditLog, and(eq(auditLog.action, "photo.prices"), eq(auditLog.subjectId, String(photo.id))))).toBe(1);
  });
});
