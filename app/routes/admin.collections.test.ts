// The collection pages of the back office through their loaders and actions, behind the real guard:
// the list with photo counts, a new collection, its details and cover, and which photos are in it.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { collections, photos } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { adminRouteContexts, routeAnswer, type AdminRoute } from "../../test/admin-route-context";
import { formPost } from "../../test/route-context";
import { action as editAction, loader as editLoader } from "./admin.collections.$id";
import { loader as listLoader } from "./admin.collections._index";
import { action as newAction, loader as newLoader } from "./admin.collections.new";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const origin = env.PUBLIC_URL;
const { admin, visitor: visitor } = await adminRouteContexts(db, env, "collections.pages@example.com");

const answer = (route: AdminRoute, request: Request, context = admin, params: Record<string, string> = {}) => routeAnswer(route, request, context, params);
const get = (path: string) => new Request(`${origin}${path}`);
const post = (path: string, fields: Record<string, string>) => formPost(`${origin}${path}`, fields);
type Failure = { fieldErrors: Record<string, string>; values: Record<string, string> };

describe("the collection pages", () => {
  it("send a visitor to the login page and change nothing", async () => {
    for (const [route, request] of [
      [listLoader, get("/admin/collections")],
      [newLoader, get("/admin/collections/new")],
      [newAction, post("/admin/collections/new", { title: "Sneaky" })],
      [editAction, post("/admin/collections/1", { intent: "details", title: "Sneaky" })],
    ] as const) {
      const refused = await answer(route as AdminRoute, request, visitor, { id: "1" });
      expect(refused.status).toBe(303);
      expect(refused.headers.get("location")).toMatch(/^\/admin\/login/);
    }
    expect(await db.$count(collections)).toBe(0);
  });

  it("make a collection, refuse a bad one beside its fields, and list them with their photo counts", async () => {
    const refused = await answer(newAction, post("/admin/collections/new", { title: "", slug: "Not A Slug", sortOrder: "soon" }));
    expect(refused.status).toBe(400);
    expect(Object.keys(((await refused.json()) as Failure).fieldErrors).sort()).toEqual(["slug", "sortOrder", "title"]);
    expect(await db.$count(collections)).toBe(0);

    const made = await answer(newAction, post("/admin/collections/new", { title: "Page Dunes", description: "Sand.", isActive: "on" }));
    expect(made.status).toBe(303);
    const [collection] = await db.select().from(collections).where(eq(collections.slug, "page-dunes"));
    expect(made.headers.get("location")).toBe(`/admin/collections/${collection!.id}?done=created`);
    await createPhoto(db, { title: "Dune One", collectionId: collection!.id });

    const taken = await answer(newAction, post("/admin/collections/new", { title: "Other Dunes", slug: "page-dunes" }));
    expect(taken.status).toBe(409);
    expect(Object.keys(((await taken.json()) as Failure).fieldErrors)).toEqual(["slug"]);

    const list = (await (await answer(listLoader, get("/admin/collections"))).json()) as { collections: { id: number; photoCount: number }[] };
    expect(list.collections).toEqual([expect.objectContaining({ id: collection!.id, photoCount: 1 })]);
  });

  it("save which photos are in it and a cover from them, and refuse a cover from elsewhere", async () => {
    const made = await answer(newAction, post("/admin/collections/new", { title: "Page Cliffs", isActive: "on" }));
    const id = made.headers.get("location")!.match(/\/admin\/collections\/(\d+)/)![1]!;
    const params = { id };
    const [inside, outside] = [await createPhoto(db, { title: "Cliff In" }), await createPhoto(db, { title: "Cliff Out" })];

    const page = (await (await answer(editLoader, get(`/admin/collections/${id}`), admin, params)).json()) as { photos: { id: number; inCollection: boolean }[] };
    expect(page.photos.filter((p) => [inside.id, outside.id].includes(p.id)).map((p) => p.inCollection)).toEqual([false, false]);

    const joined = await answer(editAction, post(`/admin/collections/${id}`, { intent: "photos", [`photo:${inside.id}`]: "on" }), admin, params);
    expect(joined.status).toBe(303);
    expect(joined.headers.get("location")).toBe(`/admin/collections/${id}?done=photos`);
    expect((await db.select({ collectionId: photos.collectionId }).from(photos).where(eq(photos.id, inside.id)))[0]!.collectionId).toBe(Number(id));

    const wrongCover = await answer(editAction, post(`/admin/collections/${id}`, { intent: "details", title: "Page Cliffs", coverPhotoId: String(outside.id), isActive: "on" }), admin, params);
    expect(wrongCover.status).toBe(400);
    expect(Object.keys(((await wrongCover.json()) as Failure).fieldErrors)).toEqual(["coverPhotoId"]);

    const saved = await answer(editAction, post(`/admin/collections/${id}`, { intent: "details", title: "Page Cliffs", coverPhotoId: String(inside.id), isActive: "on" }), admin, params);
    expect(saved.status).toBe(303);
    expect((await db.select({ cover: collections.coverPhotoId }).from(collections).where(eq(collections.id, Number(id))))[0]!.cover).toBe(inside.id);
    expect((await answer(editLoader, get("/admin/collections/abc"), admin, { id: "abc" })).status).toBe(404);
  });
});
