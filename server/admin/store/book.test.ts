// The photo book's price and stock through the back office's page, the router and the service:
// saved in cents with an audit row and a page-cache notice, bad input refused with nothing changed.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action, loader } from "../../../app/routes/admin.store.book";
import { auditLog, products } from "../../../db/schema/index";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { createProduct } from "../../../test/factories";
import { formPost, routeContext } from "../../../test/route-context";
import { PHOTO_BOOK_SLUG } from "../../catalog/products";
import { createCaller } from "../../trpc/root";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
await createProduct(db, { slug: PHOTO_BOOK_SLUG, title: "The book", priceCents: 6500, stock: 10 });
const owner = await createAdminUser(db, { email: "book.owner@example.com", password: "a long enough owner password" });
const signedIn = routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id) });
const visitor = routeContext(db, env, { adminSessionToken: undefined });
const url = "http://shop.test/admin/store/book";
const book = async () => (await db.select().from(products).where(eq(products.slug, PHOTO_BOOK_SLUG)))[0]!;
const post = (fields: Record<string, string>, context = signedIn) => action({ request: formPost(url, fields), context, params: {} }) as Promise<Response>;

describe("the photo book in the back office", () => {
  it("sends a visitor to the login and changes nothing", async () => {
    await expect(loader({ request: new Request(url), context: visitor, params: {} })).rejects.toMatchObject({ status: 303 });
    await expect(post({ price: "1", stock: "0" }, visitor)).rejects.toMatchObject({ status: 303 });
    expect(await book()).toMatchObject({ priceCents: 6500, stock: 10 });
  });

  it("saves price and stock from the form, audited, and tells the page caches when it commits", async () => {
    const heard: string[] = [];
    await database.sql.listen("catalogue_changed", (payload) => heard.push(payload));
    const saved = await post({ price: "72.50", stock: "3" });
    expect(saved.status).toBe(303);
    expect(await book()).toMatchObject({ priceCents: 7250, stock: 3 });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "book.update"));
    expect(audit).toMatchObject({ before: { priceCents: 6500, stock: 10 }, after: { priceCents: 7250, stock: 3 } });
    await expect.poll(() => heard.length).toBe(1);
    expect(((await (await loader({ request: new Request(url), context: signedIn, params: {} })).json()) as { book: unknown }).book).toEqual({ title: "The book", priceCents: 7250, stock: 3 });
  });

  it("refuses a bad price or stock beside its field, with nothing changed", async () => {
    const before = await book();
    for (const [fields, field] of [
      [{ price: "free", stock: "3" }, "price"],
      [{ price: "0", stock: "3" }, "price"],
      [{ price: "10", stock: "-1" }, "stock"],
      [{ price: "10", stock: "2.5" }, "stock"],
    ] as const) {
      const refused = await post(fields);
      expect(refused.status).toBe(400);
      expect(Object.keys((await refused.json()).fieldErrors)).toEqual([field]);
    }
    expect(await book()).toEqual(before);
  });

  it("admin.store: 401 without a session, BAD_REQUEST for cents that are not whole, a repeat changes nothing", async () => {
    const admin = createCaller(signedIn);
    await expect(createCaller(visitor).admin.store.updateBook({ priceCents: 100, stock: 1 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(admin.admin.store.updateBook({ priceCents: 99.5, stock: 1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await admin.admin.store.updateBook({ priceCents: 5000, stock: 4 })).toMatchObject({ changed: true });
    expect(await admin.admin.store.updateBook({ priceCents: 5000, stock: 4 })).toMatchObject({ changed: false });
    expect(await db.$count(auditLog, eq(auditLog.action, "book.update"))).toBe(2);
  });
});
