import { describe, expect, it } from "vitest";
import { getCart } from "../../server/cart/cart";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { action } from "./cart";

const database = await testDatabase();
const env = testEnv();

/** Posts a cart form the way a browser without JavaScript does, as one shopper. */
function shopperPosting(sessionId?: string) {
  const session = testSession(sessionId);
  const context = routeContext(database.db, env, { session });
  const post = async (fields: Record<string, string>) => (await action({ request: formPost("http://localhost/cart", fields), context, params: {} })) as Response;
  return { session, post, cart: () => getCart(database.db, session.id) };
}

describe("the /cart form action (JavaScript off)", () => {
  it("adds a print, starts the session and sends the shopper back to the page they came from", async () => {
    const photo = await createPhoto(database.db);
    const variantId = photo.variants[1]!.id;
    const shopper = shopperPosting();
    const response = await shopper.post({ intent: "add", variantId: String(variantId), quantity: "2", redirectTo: `/photos/${photo.slug}?variant=${variantId}` });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/photos/${photo.slug}?variant=${variantId}`);
    expect(shopper.session.started).toBe(true);
    const cart = await shopper.cart();
    expect(cart.lines.map((l) => [l.variantId, l.quantity, l.unitPriceCents])).toEqual([[variantId, 2, photo.variants[1]!.priceCents]]);
  });

  it("changes a quantity, removes a line and empties the cart, each answered with a 303 to /cart", async () => {
    const photo = await createPhoto(database.db);
    const shopper = shopperPosting();
    await shopper.post({ intent: "add", variantId: String(photo.variants[0]!.id), quantity: "1" });
    await shopper.post({ intent: "add", variantId: String(photo.variants[2]!.id), quantity: "1" });
    const [first, second] = (await shopper.cart()).lines;

    const set = await shopper.post({ intent: "setQuantity", itemId: String(first!.id), quantity: "4", redirectTo: "/cart" });
    expect([set.status, set.headers.get("location")]).toEqual([303, "/cart"]);
    expect((await shopper.cart()).itemCount).toBe(5);

    await shopper.post({ intent: "remove", itemId: String(first!.id) });
    expect((await shopper.cart()).lines.map((l) => l.id)).toEqual([second!.id]);

    const cleared = await shopper.post({ intent: "clear" });
    expect([cleared.status, cleared.headers.get("location")]).toEqual([303, "/cart"]);
    expect((await shopper.cart()).lines).toEqual([]);
  });

  it.each(["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"])("never redirects off the site (%s)", async (redirectTo) => {
    const photo = await createPhoto(database.db);
    const response = await shopperPosting().post({ intent: "add", variantId: String(photo.variants[0]!.id), quantity: "1", redirectTo });
    expect(response.headers.get("location")).toBe("/cart");
  });

  it.each(["0", "-1", "1.5", "10000", "abc", ""])("quantity %j is a 400 with the reason, and the cart stays as it was", async (quantity) => {
    const photo = await createPhoto(database.db);
    const shopper = shopperPosting();
    await shopper.post({ intent: "add", variantId: String(photo.variants[0]!.id), quantity: "3" });
    const before = await shopper.cart();
    for (const fields of <Record<string, string>[]>[
      { intent: "add", variantId: String(photo.variants[0]!.id), quantity },
      { intent: "add", variantId: String(photo.variants[1]!.id), quantity },
      { intent: "setQuantity", itemId: String(before.lines[0]!.id), quantity },
    ]) {
      const response = await shopper.post(fields);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, formError: "Quantity must be a whole number from 1 to 99." });
    }
    expect(await shopper.cart()).toEqual(before);
  });

  it("an unknown print is a 404 that says so; an unknown intent or a missing field is a 400", async () => {
    const shopper = shopperPosting();
    const unknown = await shopper.post({ intent: "add", variantId: "99999999", quantity: "1" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, formError: "That print size is not available. Please pick another size." });

    const odd = await shopper.post({ intent: "checkout-everything" });
    expect(odd.status).toBe(400);
    expect((await odd.json()).fieldErrors.intent).toMatch(/not one we know/);

    const missing = await shopper.post({ intent: "setQuantity", quantity: "2" });
    expect(missing.status).toBe(400);
    expect((await shopper.cart()).lines).toEqual([]);
  });

  it("one shopper's form cannot change another shopper's cart", async () => {
    const photo = await createPhoto(database.db);
    const owner = shopperPosting();
    await owner.post({ intent: "add", variantId: String(photo.variants[0]!.id), quantity: "2" });
    const before = await owner.cart();
    const stranger = shopperPosting();
    await stranger.post({ intent: "add", variantId: String(photo.variants[1]!.id), quantity: "1" });
    const set = await stranger.post({ intent: "setQuantity", itemId: String(before.lines[0]!.id), quantity: "9" });
    expect(set.status).toBe(404);
    const removed = await stranger.post({ intent: "remove", itemId: String(before.lines[0]!.id) });
    expect(removed.status).toBe(404);
    expect(await owner.cart()).toEqual(before);
  });
});
