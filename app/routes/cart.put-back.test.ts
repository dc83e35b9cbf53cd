import { describe, expect, it } from "vitest";
import { getCart } from "../../server/cart/cart";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { encodePutBack, parsePutBack } from "../shared/cart-put-back";
import { action as cartAction } from "./cart";
import { action as putBackAction } from "./cart.put-back";

const database = await testDatabase();
const env = testEnv();

/** One shopper without JavaScript, posting the cart page's forms. */
function shopper() {
  const session = testSession();
  const context = routeContext(database.db, env, { session });
  const post = async (path: string, fields: Record<string, string>) => {
    const run = path === "/cart" ? cartAction : putBackAction;
    return (await run({ request: formPost(`http://localhost${path}`, fields), context, params: {} })) as Response;
  };
  return { post, cart: () => getCart(database.db, session.id) };
}

describe("put it back after Remove or Empty the cart (JavaScript off)", () => {
  it("Remove lands on a page link naming the line, and putting it back restores it at today's price", async () => {
    const photo = await createPhoto(database.db);
    const variant = photo.variants[1]!;
    const me = shopper();
    await me.post("/cart", { intent: "add", variantId: String(variant.id), quantity: "3" });
    const [line] = (await me.cart()).lines;
    const putBack = encodePutBack([line!]);
    expect(putBack).toBe(`v${variant.id}x3`);
    const removed = await me.post("/cart", { intent: "remove", itemId: String(line!.id), redirectTo: `/cart?putBack=${putBack}` });
    expect(removed.headers.get("location")).toBe(`/cart?putBack=${putBack}`);
    expect((await me.cart()).lines).toEqual([]);

    const restored = await me.post("/cart/put-back", { lines: putBack });
    expect(restored.status).toBe(303);
    expect(restored.headers.get("location")).toBe("/cart");
    expect((await me.cart()).lines.map((l) => [l.variantId, l.quantity, l.unitPriceCents])).toEqual([[variant.id, 3, variant.priceCents]]);
  });

  it("puts back every line of an emptied cart, or none when one cannot come back", async () => {
    const photo = await createPhoto(database.db);
    const me = shopper();
    await me.post("/cart", { intent: "add", variantId: String(photo.variants[0]!.id), quantity: "1" });
    await me.post("/cart", { intent: "add", variantId: String(photo.variants[2]!.id), quantity: "2" });
    const lines = (await me.cart()).lines;
    await me.post("/cart", { intent: "clear" });
    expect((await me.cart()).lines).toEqual([]);

    const withMissing = `${encodePutBack(lines)}.v2147483000x1`;
    const refused = await me.post("/cart/put-back", { lines: withMissing });
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe("/cart?putBackRefused=1");
    expect((await me.cart()).lines).toEqual([]);

    await me.post("/cart/put-back", { lines: encodePutBack(lines) });
    expect((await me.cart()).lines.map((l) => [l.variantId, l.quantity]).sort()).toEqual(lines.map((l) => [l.variantId, l.quantity]).sort());
  });

  it("refuses anything but the list it wrote, changing nothing", async () => {
    const me = shopper();
    for (const lines of ["", "v1x0", "v1x100", "x", "v1x1;drop", "v0x1", Array.from({ length: 51 }, () => "v1x1").join(".")]) {
      expect(parsePutBack(lines), lines).toBeNull();
      const answer = await me.post("/cart/put-back", { lines });
      expect(answer.headers.get("location"), lines).toBe("/cart?putBackRefused=1");
    }
    expect((await me.cart()).lines).toEqual([]);
  });
});
