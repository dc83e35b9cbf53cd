// Each chat tool against a real Postgres, called as the loop calls it (runTool): the pages' own
// services, prices in cents and formatted, the session from the server, fixed query counts, and the
// limits the pages draw on.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { subscribers } from "../../../db/schema/index";
import { testDatabase } from "../../../test/database";
import { createCollection, createGiftCard, createPhoto, createPhotoImages, createProduct } from "../../../test/factories";
import { addToCart, getCart } from "../../cart/cart";
import { PHOTO_BOOK_SLUG } from "../../catalog/products";
import { giftCardCheckLimiter } from "../../giftcards/balance";
import { GIFT_CARD_NOT_USABLE } from "../../giftcards/messages";
import { createPaidOrder } from "../../orders/create-order";
import { ORDER_NOT_FOUND, trackOrderForClient } from "../../orders/track-order";
import { chatShopper } from "../chat-fixtures";
import { runTool } from "../run-tool";
import { createOfflineModel } from "../offline/offline-model";
import { modelTools } from "./index";

let queries = 0;
const database = await testDatabase({ onQuery: () => void queries++ });
const db = database.db;
const llm = createOfflineModel();

const dunes = await createCollection(db, {
  slug: "quiet-dunes",
  title: "Quiet Dunes",
});
const pink = await createPhoto(db, {
  title: "Rose Hour over the Bay",
  location: "Fort Pond Bay, Montauk, New York",
  tags: ["sunset", "pink", "bay"],
  collectionId: dunes.id,
});
const portrait = await createPhoto(
  db,
  {
    title: "Tall Lighthouse",
    location: "Cape Cod, Massachusetts",
    orientation: "portrait",
    aspectRatio: 0.66,
    tags: ["lighthouse", "blue"],
    collectionId: dunes.id,
  },
  [{ material: "canvas", widthIn: 24, heightIn: 36, priceCents: 29950 }],
);
for (const photo of [pink, portrait]) await createPhotoImages(db, photo);

const call = (shopper: ReturnType<typeof chatShopper>, name: string, input: unknown) => runTool(shopper.ctx, { id: "toolu_test", name, input });
const dataOf = (outcome: { content: string }) => (JSON.parse(outcome.content) as { data: Record<string, unknown> }).data;
const errorOf = (outcome: { ok: boolean; content: string }) => {
  expect(outcome.ok).toBe(false);
  return (JSON.parse(outcome.content) as { error: string }).error;
};

describe("the tools the model is offered", () => {
  it("are the contract's twelve, each with an object JSON Schema that refuses unknown properties", () => {
    expect(modelTools.map((t) => t.name)).toEqual([
      "search_photos",
      "get_photo",
      "list_collections",
      "get_cart",
      "add_to_cart",
      "update_cart_item",
      "remove_from_cart",
      "track_order",
      "check_gift_card",
      "subscribe_newsletter",
      "shop_info",
      "open_wall_editor",
    ]);
    for (const tool of modelTools)
      expect(tool.inputSchema).toMatchObject({
        type: "object",
        additionalProperties: false,
      });
    // Nothing a tool takes names a session, cart, conversation or mockup (finding 42).
    expect(JSON.stringify(modelTools.map((t) => t.inputSchema))).not.toMatch(/session|cartId|conversation|mockup|url/i);
  });
});

describe("search_photos", () => {
  const shopper = chatShopper(db, llm);

  it("finds by words, colour, place, orientation, material and price, with prices in cents and formatted", async () => {
    expect(dataOf(await call(shopper, "search_photos", { query: "sunset" }))).toEqual({
      photos: [
        {
          slug: pink.slug,
          title: pink.title,
          location: pink.location,
          orientation: "landscape",
          fromPrice: "$45",
          fromPriceCents: 4500,
        },
      ],
    });
    const slugs = async (input: object) =>
      (
        dataOf(await call(shopper, "search_photos", input)).photos as {
          slug: string;
        }[]
      ).map((p) => p.slug);
    expect(await slugs({ colour: "pink" })).toEqual([pink.slug]);
    expect(await slugs({ place: "cape cod" })).toEqual([portrait.slug]);
    expect(await slugs({ orientation: "portrait" })).toEqual([portrait.slug]);
    expect(await slugs({ material: "metal" })).toEqual([pink.slug]);
    expect(await slugs({ maxPriceCents: 5000 })).toEqual([pink.slug]);
    expect(await slugs({ minPriceCents: 200000 })).toEqual([]);
    expect(await slugs({ place: "100%_" })).toEqual([]);
  });

  it("shows the shop's photo cards, and takes three queries whatever it finds", async () => {
    for (let i = 0; i < 8; i++) await createPhoto(db, { title: `Harbour ${i}`, tags: ["harbour"] });
    for (const limit of [1, 8]) {
      const before = queries;
      const outcome = await call(shopper, "search_photos", {
        query: "harbour",
        limit,
      });
      expect(queries - before).toBe(3);
      expect(outcome.display).toMatchObject({ kind: "photos" });
      expect((outcome.display as { photos: unknown[] }).photos).toHaveLength(limit);
    }
  });

  it("refuses input outside its schema as a tool error", async () => {
    expect(errorOf(await call(shopper, "search_photos", { limit: 50 }))).toMatch(/limit/);
    expect(errorOf(await call(shopper, "search_photos", { query: "a\u0000b" }))).toMatch(/plain text/);
    expect(
      errorOf(
        await call(shopper, "search_photos", {
          query: "x",
          sessionId: "someone-else",
        }),
      ),
    ).toMatch(/sessionId/);
  });
});

describe("get_photo and list_collections", () => {
  const shopper = chatShopper(db, llm);

  it("give every variant with its id, label and price in cents and formatted", async () => {
    const outcome = await call(shopper, "get_photo", { slug: portrait.slug });
    expect(dataOf(outcome)).toMatchObject({
      slug: portrait.slug,
      variants: [
        {
          id: portrait.variants[0]!.id,
          label: "24 × 36 in · Canvas",
          material: "canvas",
          widthIn: 24,
          heightIn: 36,
          priceCents: 29950,
          price: "$299.50",
        },
      ],
    });
    expect(outcome.display).toMatchObject({
      kind: "photo",
      photo: {
        slug: portrait.slug,
        href: `/photos/${portrait.slug}`,
        variants: [{ priceCents: 29950, price: "$299.50" }],
      },
    });
    expect(errorOf(await call(shopper, "get_photo", { slug: "no-such-photo" }))).toBe('No photo called "no-such-photo"');
  });

  it("count each collection's photos", async () => {
    expect(dataOf(await call(shopper, "list_collections", {}))).toEqual({
      collections: [{ slug: "quiet-dunes", title: "Quiet Dunes", photoCount: 2 }],
    });
  });
});

describe("the cart tools", () => {
  it("read and change this session's cart only; another cart's item id reads as not in the cart", async () => {
    const shopper = chatShopper(db, llm);
    const other = chatShopper(db, llm);
    const theirs = await addToCart(db, other.sessionId, {
      variantId: pink.variants[0]!.id,
      quantity: 3,
    });
    const theirItem = theirs.lines[0]!.id;

    const added = await call(shopper, "add_to_cart", {
      variantId: pink.variants[1]!.id,
      quantity: 2,
    });
    expect(dataOf(added)).toEqual({
      lines: [
        expect.objectContaining({
          title: pink.title,
          variantLabel: "18 × 12 in · Fine-art paper",
          quantity: 2,
          unitPrice: "$95",
          lineTotal: "$190",
        }),
      ],
      itemCount: 2,
      subtotal: "$190",
    });
    expect(added.display).toMatchObject({
      kind: "cart",
      cart: { subtotalCents: 19000 },
    });
    const mine = (await getCart(db, shopper.sessionId)).lines[0]!.id;

    expect(
      errorOf(
        await call(shopper, "update_cart_item", {
          itemId: theirItem,
          quantity: 1,
        }),
      ),
    ).toBe("That item is not in your cart any more.");
    expect(errorOf(await call(shopper, "remove_from_cart", { itemId: theirItem }))).toBe("That item is not in your cart any more.");
    expect((await getCart(db, other.sessionId)).lines.map((l) => [l.id, l.quantity])).toEqual([[theirItem, 3]]);

    expect((dataOf(await call(shopper, "update_cart_item", { itemId: mine, quantity: 5 })) as { itemCount: number }).itemCount).toBe(5);
    expect(errorOf(await call(shopper, "update_cart_item", { itemId: mine, quantity: 50 }))).toMatch(/quantity/);
    expect(dataOf(await call(shopper, "get_cart", {}))).toMatchObject({
      itemCount: 5,
      subtotal: "$475",
    });
    expect(dataOf(await call(shopper, "remove_from_cart", { itemId: mine }))).toEqual({ lines: [], itemCount: 0, subtotal: "$0" });
    expect(errorOf(await call(shopper, "add_to_cart", { variantId: 999_999 }))).toMatch(/not available/);
  });
});

const order = await db.transaction((tx) =>
  createPaidOrder(tx, {
    email: "ada@example.com",
    customerName: "Ada",
    shippingAddress: null,
    subtotalCents: 4500,
    discountCents: 0,
    totalCents: 4500,
    currency: "usd",
    checkoutId: null,
    stripeCheckoutId: null,
    stripePaymentIntent: null,
    cartId: null,
    items: [
      {
        variantId: null,
        productId: null,
        title: "Harbour at Dawn",
        description: "12 × 8 in",
        unitPriceCents: 4500,
        quantity: 1,
        totalCents: 4500,
      },
    ],
  }),
);

describe("add_to_cart with the photo book", () => {
  it("adds the book by name, never by an id the model supplies", async () => {
    const book = await createProduct(db, { slug: PHOTO_BOOK_SLUG, title: "The Photo Book", priceCents: 6500, stock: 5 });
    const shopper = chatShopper(db, llm);
    const added = await call(shopper, "add_to_cart", { product: "book", quantity: 2 });
    expect(dataOf(added)).toMatchObject({ itemCount: 2, subtotal: "$130" });
    expect((await getCart(db, shopper.sessionId)).lines.map((l) => [l.productId, l.quantity])).toEqual([[book.id, 2]]);
    expect(errorOf(await call(shopper, "add_to_cart", { productId: book.id }))).toMatch(/productId/);
    expect(errorOf(await call(shopper, "add_to_cart", { product: "book", variantId: pink.variants[0]!.id }))).toMatch(/either variantId or product/);
    expect(errorOf(await call(shopper, "add_to_cart", { product: "book", quantity: 4 }))).toBe("Only 5 left in stock. You already have 2 in your cart.");
  });
});

describe("track_order and check_gift_card", () => {
  it("track an order from its number and e-mail, and answer a wrong pair as the page answers a missing order", async () => {
    const shopper = chatShopper(db, llm);
    const found = await call(shopper, "track_order", {
      orderNumber: order.number.toLowerCase(),
      email: "ADA@example.com",
    });
    expect(dataOf(found)).toEqual({
      number: order.number,
      status: "paid",
      placedAt: expect.any(String),
      trackingUrl: null,
    });
    expect(found.display).toMatchObject({
      kind: "order",
      order: {
        number: order.number,
        statusLabel: "Paid — waiting to go into production",
      },
    });
    expect(
      errorOf(
        await call(shopper, "track_order", {
          orderNumber: order.number,
          email: "eve@example.com",
        }),
      ),
    ).toBe(ORDER_NOT_FOUND);
    expect(
      errorOf(
        await call(shopper, "track_order", {
          orderNumber: "PR-0000-000000",
          email: "ada@example.com",
        }),
      ),
    ).toBe(ORDER_NOT_FOUND);
    expect(errorOf(await call(shopper, "track_order", { email: "ada@example.com" }))).toMatch(/orderNumber/);
  });

  it("share the tracking page's limit for the client address", async () => {
    const shopper = chatShopper(db, llm);
    for (let i = 0; i < 10; i++)
      await call(shopper, "track_order", {
        orderNumber: `PR-2026-00000${i}`,
        email: "x@example.com",
      });
    await expect(
      trackOrderForClient(shopper.ctx, {
        number: order.number,
        email: "ada@example.com",
      }),
    ).rejects.toThrow(/Too many lookups/);
  });

  it("check a gift card with one answer for unknown and inactive codes, drawing on the balance page's limit", async () => {
    const shopper = chatShopper(db, llm);
    const secret = shopper.ctx.env.GIFT_CARD_CODE_SECRET;
    const active = await createGiftCard(db, secret, { amountCents: 5000 });
    const inactive = await createGiftCard(db, secret, { status: "inactive" });
    expect(dataOf(await call(shopper, "check_gift_card", { code: active.code }))).toMatchObject({ valid: true, balance: "$50", availableCents: 5000 });
    const unusable = { valid: false, message: GIFT_CARD_NOT_USABLE };
    expect(dataOf(await call(shopper, "check_gift_card", { code: inactive.code }))).toEqual(unusable);
    expect(dataOf(await call(shopper, "check_gift_card", { code: "ZZZZ-ZZZZ-ZZZZ-ZZZZ" }))).toEqual(unusable);
    for (let i = 0; i < 7; i++)
      await call(shopper, "check_gift_card", {
        code: `ZZZZ-ZZZZ-ZZZZ-ZZZ${i}`,
      });
    await expect(giftCardCheckLimiter(shopper.ctx.rateLimits).consume(shopper.ctx.clientIp)).rejects.toThrow(/Too many gift card checks/);
  });
});

describe("subscribe_newsletter, shop_info and open_wall_editor", () => {
  it("subscribe with the source chat and the same answer for an address already on the list", async () => {
    const shopper = chatShopper(db, llm);
    const first = await call(shopper, "subscribe_newsletter", {
      email: "New.Reader@Example.com",
    });
    const again = await call(shopper, "subscribe_newsletter", {
      email: "new.reader@example.com",
    });
    expect(first.content).toBe(again.content);
    expect(await db.select({ source: subscribers.source }).from(subscribers).where(eq(subscribers.email, "new.reader@example.com"))).toEqual([{ source: "chat" }]);
    expect(errorOf(await call(shopper, "subscribe_newsletter", { email: "not an address" }))).toMatch(/valid e-mail/);
  });

  it("give the studio's facts on each topic", async () => {
    const shopper = chatShopper(db, llm);
    expect(
      (
        dataOf(await call(shopper, "shop_info", { topic: "returns" })) as {
          text: string;
        }
      ).text,
    ).toMatch(/thirty days/i);
    expect(
      (
        dataOf(await call(shopper, "shop_info", { topic: "shipping" })) as {
          text: string;
        }
      ).text,
    ).toMatch(/7–10 days.*JP/s);
    expect(errorOf(await call(shopper, "shop_info", { topic: "configuration" }))).toMatch(/topic/);
  });

  it("link the wall editor to a photo and one of its own variants", async () => {
    const shopper = chatShopper(db, llm);
    const opened = await call(shopper, "open_wall_editor", {
      slug: pink.slug,
      variantId: pink.variants[0]!.id,
    });
    expect(opened.display).toEqual({
      kind: "wall",
      href: `/wall?photo=${pink.slug}&variant=${pink.variants[0]!.id}`,
    });
    expect(
      errorOf(
        await call(shopper, "open_wall_editor", {
          slug: pink.slug,
          variantId: portrait.variants[0]!.id,
        }),
      ),
    ).toBe("That size is not sold for this photo.");
  });
});
