// The offline assistant through the real loop (runTurn), the real tools and a real Postgres.
import { describe, expect, it } from "vitest";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { getCart } from "../../cart/cart";
import { ORDER_NOT_FOUND } from "../../orders/track-order";
import { seedShop, shopper } from "./test-shop";

const { db } = await testDatabase();
const env = testEnv();
const shop = await seedShop(db, env);
const ada = await shopper(db, { env });
const other = await shopper(db, { env });

describe("a shopper's conversation with the offline assistant", () => {
  it("finds sunset prints: search_photos is called and the photo cards come back", async () => {
    const turn = await ada.send("sunset prints under $200");
    expect(turn.events[0]).toMatchObject({ type: "started", assistant: "offline" });
    expect(turn.tools).toEqual(["search_photos"]);
    const cards = turn.displays.find((d) => d.kind === "photos");
    expect(cards?.kind === "photos" && cards.photos.map((p) => p.slug)).toEqual(["copper-tide", "amber-road"]);
    expect(turn.text).toContain("I found 2 prints");
    expect(turn.events.at(-1)).toMatchObject({ type: "done", stopped: false });
  });

  it("adds “the first one” to this session's cart, and no other", async () => {
    const turn = await ada.send("add the first one");
    expect(turn.tools).toEqual(["get_photo", "add_to_cart"]);
    const cart = await getCart(db, ada.sessionId);
    const cheapest = shop.copperTide.variants.reduce((a, b) => (a.priceCents <= b.priceCents ? a : b));
    expect(cart.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity }))).toEqual([{ variantId: cheapest.id, quantity: 1 }]);
    expect(turn.displays.some((d) => d.kind === "cart")).toBe(true);
    expect(turn.text).toContain("Added **Copper Tide**");
    expect((await getCart(db, other.sessionId)).lines).toEqual([]);
  });

  it("adds a named size and material, then shows the cart", async () => {
    const added = await ada.send("add the 18x12 paper print of Amber Road");
    expect(added.tools.at(-1)).toBe("add_to_cart");
    const turn = await ada.send("what's in my cart?");
    expect(turn.tools).toEqual(["get_cart"]);
    expect(turn.text).toContain("Your cart has 2 items");
    expect(turn.text).toContain("Amber Road** — 18 × 12 in · Fine-art paper");
    expect(turn.text).toContain("Subtotal: **$140**");
  });

  it("changes a quantity and removes a line by title", async () => {
    await ada.send("set the quantity of Amber Road to 3");
    expect((await getCart(db, ada.sessionId)).lines.find((l) => l.title === "Amber Road")?.quantity).toBe(3);
    const removed = await ada.send("remove Copper Tide");
    expect(removed.tools).toEqual(["get_cart", "remove_from_cart"]);
    expect((await getCart(db, ada.sessionId)).lines.map((l) => l.title)).toEqual(["Amber Road"]);
  });

  it("tracks an order with its number and e-mail; a wrong pair gets the page's generic answer", async () => {
    const found = await ada.send(`where is order ${shop.order.number}? my e-mail is ada@example.com`);
    expect(found.tools).toEqual(["track_order"]);
    expect(found.displays).toContainEqual(expect.objectContaining({ kind: "order", order: expect.objectContaining({ number: shop.order.number, status: "paid" }) }));
    expect(found.text).toContain(`Order **${shop.order.number}**`);

    const wrong = await ada.send(`track ${shop.otherOrder.number} for ada@example.com`);
    expect(wrong.tools).toEqual(["track_order"]);
    expect(wrong.text).toBe(`Sorry — ${ORDER_NOT_FOUND}`);
    expect(wrong.text).not.toContain("bob");
  });

  it("checks a gift card's balance from its code", async () => {
    const turn = await ada.send(`what's left on gift card ${shop.giftCard.code}?`);
    expect(turn.tools).toEqual(["check_gift_card"]);
    expect(turn.text).toContain("**$50**");
  });

  it("answers a shop question in a few paragraphs, streamed in many pieces", async () => {
    const turn = await ada.send("tell me about shipping, returns and framing");
    expect(turn.tools).toEqual(["shop_info", "shop_info", "shop_info"]);
    expect(turn.text).toContain("**Shipping**");
    expect(turn.text).toContain("**Framing**");
    expect(turn.events.filter((e) => e.type === "text").length).toBeGreaterThan(40);
  });

  it("opens the wall editor with the photo asked for", async () => {
    const turn = await ada.send("show Open Water on my wall");
    expect(turn.tools).toEqual(["search_photos", "open_wall_editor"]);
    // The first size the photo page lists, so the editor hangs the print once it knows the wall.
    expect(turn.displays).toContainEqual({ kind: "wall", href: expect.stringMatching(/^\/wall\?photo=open-water&variant=\d+$/) });
  });
});
