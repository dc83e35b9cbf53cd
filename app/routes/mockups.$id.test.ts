import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mockups } from "../../db/schema/mockups";
import { getCart } from "../../server/cart/cart";
import { saveMockup } from "../../server/mockups/save";
import { createMockupRow, createPhotoWithImage, createSampleRoom, sceneOn } from "../../server/mockups/save-fixtures";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { seoMeta } from "../lib/seo";
import type { Nail } from "../shared/wall/index";
import { action, loader } from "./mockups.$id";
import { loader as guideLoader } from "./mockups.$id_.hanging-guide";

const database = await testDatabase();
const db = database.db;
const env = testEnv({ PUBLIC_URL: "https://prints.example" });
const storage = routeContext(db, env).storage;

/** A saved mockup of two prints (a paper and a canvas of two photos) on a sample room, owned by `owner`. */
async function savedMockup(status: "saved" | "draft" = "saved") {
  const room = await createSampleRoom(db, storage);
  const [first, second] = [await createPhotoWithImage(db, storage, [200, 40, 40]), await createPhotoWithImage(db, storage, [40, 40, 200])];
  const paper = first.variants[1]!;
  const canvas = second.variants[2]!;
  const scene = sceneOn(room.id, [
    { id: "a", variantId: paper.id, material: "paper", x: 10, y: 20, width: 18, height: 12 },
    { id: "b", variantId: canvas.id, material: "canvas", x: 40, y: 10, width: 36, height: 24 },
  ]);
  const row = await createMockupRow(db, { sessionId: "owner", scene, title: "Living room" });
  if (status === "saved") await saveMockup({ db, storage }, { id: row.id, sessionId: "owner" });
  return { id: row.id, first, second, paper, canvas };
}

const as = (sessionId?: string) => routeContext(db, env, { session: testSession(sessionId) });
const load = (id: string, sessionId?: string) => loader({ request: new Request(`http://localhost/mockups/${id}`), params: { id }, context: as(sessionId) });
const statusOf = (promise: Promise<unknown>) => promise.then(() => 200, (thrown: unknown) => (thrown instanceof Response ? thrown.status : thrown));
async function post(id: string, fields: Record<string, string>, sessionId?: string) {
  const context = as(sessionId);
  const response = (await action({ request: formPost(`http://localhost/mockups/${id}`, fields), params: { id }, context })) as Response;
  return { response, sessionId: context.session.id };
}

describe("the share page /mockups/:id", () => {
  it("shows a saved mockup to anyone: the composite, each print's photo, size, material and database price, the total; noindex, and the composite as the card", async () => {
    const { id, first, second, paper, canvas } = await savedMockup();
    const data = await (await load(id)).json();
    expect(data.mockup.isOwner).toBe(false);
    expect(data.mockup.compositeUrl).toMatch(/^\/media\/mockups\/composites\/composite-[0-9a-f]{16}\.jpg$/);
    expect(data.mockup.compositeSize).toEqual({ width: 1600, height: 1200 });
    expect(data.mockup.prints.map((p: { photoTitle: string; photoSlug: string; width: number; height: number; material: string; priceCents: number }) => [p.photoTitle, p.photoSlug, p.width, p.height, p.material, p.priceCents])).toEqual([
      [first.title, first.slug, 18, 12, "paper", paper.priceCents],
      [second.title, second.slug, 36, 24, "canvas", canvas.priceCents],
    ]);
    expect(data.mockup.totalCents).toBe(paper.priceCents + canvas.priceCents);
    const meta = seoMeta(data.seo);
    expect(meta).toContainEqual({ name: "robots", content: "noindex" });
    expect(meta).toContainEqual({ property: "og:image", content: `https://prints.example${data.mockup.compositeUrl}` });
    expect(meta).toContainEqual({ name: "twitter:image", content: `https://prints.example${data.mockup.compositeUrl}` });
    expect((await (await load(id, "owner")).json()).mockup.isOwner).toBe(true);
  });

  it("a draft is its owner's: another session and a missing id get 404, a deleted mockup 410", async () => {
    const draft = await savedMockup("draft");
    expect(await statusOf(load(draft.id, "owner"))).toBe(200);
    expect(await statusOf(load(draft.id, "someone-else"))).toBe(404);
    expect(await statusOf(load(draft.id))).toBe(404);
    expect(await statusOf(load("AAAAAAAAAAAAAAAAAAAAAA"))).toBe(404);
    expect(await statusOf(load("not a mockup id"))).toBe(404);
    const saved = await savedMockup();
    await db.update(mockups).set({ status: "deleted" }).where(eq(mockups.id, saved.id));
    const thrown = await load(saved.id).catch((r: unknown) => r as Response);
    expect([thrown.status, await thrown.text()]).toEqual([410, "This mockup was deleted by its owner"]);
  });

  it("“Add these prints to my cart” puts exactly its variants, one each, at database prices into the visitor's cart and goes to /cart", async () => {
    const { id, paper, canvas } = await savedMockup();
    const { response, sessionId } = await post(id, { intent: "addToCart" });
    expect([response.status, response.headers.get("location")]).toEqual([303, "/cart"]);
    const cart = await getCart(db, sessionId);
    expect(cart.lines.map((l) => [l.variantId, l.quantity, l.unitPriceCents]).sort()).toEqual([[paper.id, 1, paper.priceCents], [canvas.id, 1, canvas.priceCents]].sort());
  });

  it("“Edit a copy” makes the visitor a draft of their own with the same scene and opens it in the editor", async () => {
    const { id } = await savedMockup();
    const { response, sessionId } = await post(id, { intent: "copy" });
    expect(response.status).toBe(303);
    const copyId = /^\/wall\?mockup=([A-Za-z0-9_-]{22})$/.exec(response.headers.get("location") ?? "")?.[1];
    expect(copyId).toBeDefined();
    const [copy] = await db.select().from(mockups).where(eq(mockups.id, copyId!));
    const [original] = await db.select().from(mockups).where(eq(mockups.id, id));
    expect([copy!.sessionId, copy!.status, copy!.scene]).toEqual([sessionId, "draft", original!.scene]);
  });

  it("deleting asks first; the owner's second press deletes, a visitor's press is refused and changes nothing", async () => {
    const { id } = await savedMockup();
    const refused = await post(id, { intent: "delete", confirmed: "on" }, "someone-else");
    expect(refused.response.status).toBe(404);
    const asked = await post(id, { intent: "delete" }, "owner");
    expect(await asked.response.json()).toEqual({ confirmDelete: true });
    expect((await db.select().from(mockups).where(eq(mockups.id, id)))[0]!.status).toBe("saved");
    const deleted = await post(id, { intent: "delete", confirmed: "on" }, "owner");
    expect([deleted.response.status, deleted.response.headers.get("location")]).toEqual([303, `/mockups/${id}`]);
    expect(await statusOf(load(id))).toBe(410);
    const draft = await savedMockup("draft");
    const gone = await post(draft.id, { intent: "delete", confirmed: "on" }, "owner");
    expect([gone.response.status, gone.response.headers.get("location")]).toEqual([303, "/wall"]);
    expect(await db.select().from(mockups).where(eq(mockups.id, draft.id))).toEqual([]);
  });
});

describe("the hanging guide /mockups/:id/hanging-guide", () => {
  const loadGuide = (id: string, sessionId?: string) => guideLoader({ request: new Request(`http://localhost/mockups/${id}/hanging-guide`), params: { id }, context: as(sessionId) });

  it("lists a nail for each print of a saved mockup, measured from the centre and the floor, for anyone with the link", async () => {
    const { id } = await savedMockup();
    const data = await (await loadGuide(id)).json();
    // The group spans x 10–76 and y 10–34 in, so its centre is (43, 22); the floor line is at y = 100.
    // Nails: paper 3 in below its top at (19, 23), canvas 2 in below at (58, 12).
    expect(data.guide.centreAboveFloor).toEqual({ in: 78, mm: 1981 });
    expect(data.guide.nails.map((n: Nail) => [n.printId, n.rightOfCentre.in, n.aboveCentre.in, n.aboveFloor?.in])).toEqual([
      ["a", -24, -1, 77],
      ["b", 15, 10, 88],
    ]);
  });

  it("a draft has none (404), a deleted mockup is gone (410)", async () => {
    const draft = await savedMockup("draft");
    expect(await statusOf(loadGuide(draft.id, "owner"))).toBe(404);
    const saved = await savedMockup();
    await db.update(mockups).set({ status: "deleted" }).where(eq(mockups.id, saved.id));
    expect(await statusOf(loadGuide(saved.id))).toBe(410);
  });
});
