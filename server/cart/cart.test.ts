import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cartItems, carts, photoImages, photos, printVariants, products } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { createPhoto, createProduct } from "../../test/factories";
import { DomainError, type DomainErrorKind } from "../errors";
import { addToCart, clearCart, getCart, removeCartItem, setCartItemQuantity } from "./cart";

let counting = false;
let queries = 0;
const database = await testDatabase({
  onQuery: () => {
    if (counting) queries++;
  },
});
const db = database.db;

async function queriesDuring(work: () => Promise<unknown>): Promise<number> {
  queries = 0;
  counting = true;
  try {
    await work();
  } finally {
    counting = false;
  }
  return queries;
}

async function rejection(work: Promise<unknown>, kind: DomainErrorKind, message: RegExp): Promise<void> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).kind).toBe(kind);
  expect((error as DomainError).message).toMatch(message);
}

/** Everything stored for a session, to prove a failed call changed nothing. */
async function storedCart(sessionId: string) {
  return db
    .select({ id: cartItems.id, variantId: cartItems.variantId, productId: cartItems.productId, quantity: cartItems.quantity })
    .from(cartItems)
    .innerJoin(carts, eq(carts.id, cartItems.cartId))
    .where(eq(carts.sessionId, sessionId))
    .orderBy(cartItems.id);
}

const cartRows = async (sessionId: string) => db.select().from(carts).where(eq(carts.sessionId, sessionId));

describe("reading a cart", () => {
  it("a session without a cart reads as empty and creates nothing", async () => {
    const session = randomUUID();
    expect(await getCart(db, session)).toEqual({ lines: [], itemCount: 0, subtotalCents: 0 });
    expect(await getCart(db, undefined)).toEqual({ lines: [], itemCount: 0, subtotalCents: 0 });
    expect(await cartRows(session)).toHaveLength(0);
  });

  it("costs one query whether the cart holds 1, 5 or 50 lines", async () => {
    const counts: number[] = [];
    for (const size of [1, 5, 50]) {
      const session = randomUUID();
      const photo = await createPhoto(db, {}, Array.from({ length: size }, (_, i) => ({ material: "paper" as const, widthIn: 10 + i, heightIn: 20 + i, priceCents: 1000 + i })));
      await db.insert(photoImages).values({ photoId: photo.id, kind: "derivative", format: "jpeg", width: 320, height: 213, storageKey: `q/${photo.id}-320.jpg`, bytes: 1 });
      for (const variant of photo.variants) await addToCart(db, session, { variantId: variant.id });
      let cart: Awaited<ReturnType<typeof getCart>> | undefined;
      counts.push(await queriesDuring(async () => (cart = await getCart(db, session))));
      expect(cart!.lines).toHaveLength(size);
      expect(cart!.lines.every((l) => l.thumbnail === `/media/q/${photo.id}-320.jpg`)).toBe(true);
    }
    expect(counts).toEqual([1, 1, 1]);
  });

  it("describes each line with prices read from the database", async () => {
    const session = randomUUID();
    const photo = await createPhoto(db, { title: "Dune Grass" }, [{ material: "canvas", widthIn: 16, heightIn: 24, priceCents: 21000 }]);
    const book = await createProduct(db, { title: "The Photo Book", description: "Hardcover, 120 pages.\nPrinted in Italy.", priceCents: 6500 });
    await addToCart(db, session, { variantId: photo.variants[0]!.id, quantity: 2 });
    const cart = await addToCart(db, session, { productId: book.id });
    expect(cart).toEqual({
      lines: [
        {
          id: expect.any(Number),
          kind: "print",
          variantId: photo.variants[0]!.id,
          productId: null,
          title: "Dune Grass",
          description: "16 × 24 in · Canvas",
          href: `/photos/${photo.slug}?variant=${photo.variants[0]!.id}`,
          thumbnail: null,
          unitPriceCents: 21000,
          quantity: 2,
          lineTotalCents: 42000,
          shippingClass: "large_rigid",
        },
        {
          id: expect.any(Number),
          kind: "product",
          variantId: null,
          productId: book.id,
          title: "The Photo Book",
          description: "Hardcover, 120 pages.",
          href: "/book",
          thumbnail: null,
          unitPriceCents: 6500,
          quantity: 1,
          lineTotalCents: 6500,
          shippingClass: "book",
        },
      ],
      itemCount: 3,
      subtotalCents: 48500,
    });

    await db.update(printVariants).set({ priceCents: 19000 }).where(eq(printVariants.id, photo.variants[0]!.id));
    const repriced = await getCart(db, session);
    expect(repriced.lines[0]!.unitPriceCents).toBe(19000);
    expect(repriced.subtotalCents).toBe(2 * 19000 + 6500);
  });

  it("picks the smallest JPEG derivative at least 160 px wide as the thumbnail", async () => {
    const session = randomUUID();
    const photo = await createPhoto(db);
    const image = (kind: "original" | "derivative", format: "jpeg" | "webp", width: number) => ({ photoId: photo.id, kind, format, width, height: width, storageKey: `t/${photo.id}-${kind}-${width}.${format}`, bytes: 1 });
    await db.insert(photoImages).values([image("original", "jpeg", 4000), image("derivative", "jpeg", 120), image("derivative", "webp", 200), image("derivative", "jpeg", 640), image("derivative", "jpeg", 320)]);
    const cart = await addToCart(db, session, { variantId: photo.variants[0]!.id });
    expect(cart.lines[0]!.thumbnail).toBe(`/media/t/${photo.id}-derivative-320.jpeg`);
  });

  it("leaves out prints and products withdrawn from sale", async () => {
    const session = randomUUID();
    const [hiddenPhoto, retiredVariant, kept] = await Promise.all([createPhoto(db), createPhoto(db), createPhoto(db)]);
    const book = await createProduct(db);
    for (const variantId of [hiddenPhoto.variants[0]!.id, retiredVariant.variants[0]!.id, kept.variants[0]!.id]) await addToCart(db, session, { variantId });
    await addToCart(db, session, { productId: book.id });
    await db.update(photos).set({ isActive: false }).where(eq(photos.id, hiddenPhoto.id));
    await db.update(printVariants).set({ isActive: false }).where(eq(printVariants.id, retiredVariant.variants[0]!.id));
    await db.update(products).set({ isActive: false }).where(eq(products.id, book.id));
    const cart = await getCart(db, session);
    expect(cart.lines.map((l) => l.variantId)).toEqual([kept.variants[0]!.id]);
    expect(cart.subtotalCents).toBe(kept.variants[0]!.priceCents);
  });
});

describe("changing a cart", () => {
  it("creates the cart on the first add and merges a second add of the same print", async () => {
    const session = randomUUID();
    const photo = await createPhoto(db);
    const variantId = photo.variants[1]!.id;
    await addToCart(db, session, { variantId, quantity: 2 });
    expect(await cartRows(session)).toHaveLength(1);
    const cart = await addToCart(db, session, { variantId, quantity: 3 });
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]!.quantity).toBe(5);
    expect(cart.itemCount).toBe(5);
    expect(cart.subtotalCents).toBe(5 * photo.variants[1]!.priceCents);
    expect(await cartRows(session)).toHaveLength(1);
  });

  it("sets a quantity, removes a line and clears the cart", async () => {
    const session = randomUUID();
    const photo = await createPhoto(db);
    const first = await addToCart(db, session, { variantId: photo.variants[0]!.id });
    const second = await addToCart(db, session, { variantId: photo.variants[2]!.id });
    const firstId = first.lines[0]!.id;
    const set = await setCartItemQuantity(db, session, { itemId: firstId, quantity: 7 });
    expect(set.lines.find((l) => l.id === firstId)!.quantity).toBe(7);
    expect(set.itemCount).toBe(8);
    const removed = await removeCartItem(db, session, { itemId: firstId });
    expect(removed.lines.map((l) => l.id)).toEqual([second.lines[1]!.id]);
    expect(await clearCart(db, session)).toEqual({ lines: [], itemCount: 0, subtotalCents: 0 });
    expect(await storedCart(session)).toEqual([]);
  });

  it("refuses a 100th copy with a clear message and keeps the 99", async () => {
    const session = randomUUID();
    const photo = await createPhoto(db);
    const variantId = photo.variants[0]!.id;
    await addToCart(db, session, { variantId, quantity: 98 });
    await rejection(addToCart(db, session, { variantId, quantity: 2 }), "BadInput", /at most 99 .* already have 98/);
    expect((await storedCart(session))[0]!.quantity).toBe(98);
    expect((await addToCart(db, session, { variantId })).lines[0]!.quantity).toBe(99);
  });

  it("holds no more of a product than its stock", async () => {
    const session = randomUUID();
    const book = await createProduct(db, { title: "The Photo Book", stock: 3 });
    const soldOut = await createProduct(db, { title: "First Edition", stock: 0 });
    await rejection(addToCart(db, session, { productId: book.id, quantity: 4 }), "Conflict", /Only 3 left/);
    await rejection(addToCart(db, session, { productId: soldOut.id }), "Conflict", /First Edition is sold out/);
    expect(await cartRows(session)).toHaveLength(0);
    const cart = await addToCart(db, session, { productId: book.id, quantity: 2 });
    await rejection(addToCart(db, session, { productId: book.id, quantity: 2 }), "Conflict", /Only 3 left.*already have 2/);
    await rejection(setCartItemQuantity(db, session, { itemId: cart.lines[0]!.id, quantity: 4 }), "Conflict", /Only 3 left/);
    expect(await storedCart(session)).toEqual([{ id: cart.lines[0]!.id, variantId: null, productId: book.id, quantity: 2 }]);
  });
});

describe("bad input leaves the cart as it was", () => {
  const quantityMessage = /Quantity must be a whole number from 1 to 99/;

  it.each([0, -1, 1.5, 10_000, Number.NaN, "abc", "2", null])("adding quantity %s is a 400", async (quantity) => {
    const session = randomUUID();
    const photo = await createPhoto(db);
    await addToCart(db, session, { variantId: photo.variants[0]!.id, quantity: 3 });
    const before = await storedCart(session);
    await rejection(addToCart(db, session, { variantId: photo.variants[1]!.id, quantity: quantity as number }), "BadInput", quantityMessage);
    await rejection(addToCart(db, session, { variantId: photo.variants[0]!.id, quantity: quantity as number }), "BadInput", quantityMessage);
    expect(await storedCart(session)).toEqual(before);
  });

  it.each([0, -1, 1.5, 100, 10_000, "abc"])("setting quantity %s is a 400", async (quantity) => {
    const session = randomUUID();
    const photo = await createPhoto(db);
    const cart = await addToCart(db, session, { variantId: photo.variants[0]!.id, quantity: 3 });
    const before = await storedCart(session);
    await rejection(setCartItemQuantity(db, session, { itemId: cart.lines[0]!.id, quantity: quantity as number }), "BadInput", quantityMessage);
    expect(await storedCart(session)).toEqual(before);
  });

  it("an unknown, withdrawn or ambiguous thing is refused without creating a cart", async () => {
    const session = randomUUID();
    const photo = await createPhoto(db, {}, [
      { material: "paper", widthIn: 8, heightIn: 10, priceCents: 4500 },
      { material: "metal", widthIn: 20, heightIn: 30, priceCents: 90000, isActive: false },
    ]);
    const hidden = await createPhoto(db, { isActive: false });
    const retiredBook = await createProduct(db, { isActive: false });
    await rejection(addToCart(db, session, { variantId: 2_000_000_000 }), "NotFound", /print size is not available/);
    await rejection(addToCart(db, session, { variantId: photo.variants[1]!.id }), "NotFound", /print size is not available/);
    await rejection(addToCart(db, session, { variantId: hidden.variants[0]!.id }), "NotFound", /print size is not available/);
    await rejection(addToCart(db, session, { productId: retiredBook.id }), "NotFound", /product is not available/);
    await rejection(addToCart(db, session, { productId: 2_000_000_000 }), "NotFound", /product is not available/);
    await rejection(addToCart(db, session, {}), "BadInput", /either a print .* or a product/);
    await rejection(addToCart(db, session, { variantId: photo.variants[0]!.id, productId: retiredBook.id }), "BadInput", /either a print .* or a product/);
    await rejection(addToCart(db, session, { variantId: -4 }), "BadInput", /variantId must be a positive whole number/);
    expect(await cartRows(session)).toHaveLength(0);
  });
});

describe("a cart belongs to its session", () => {
  it("another session can neither change nor remove its lines, nor empty it", async () => {
    const owner = randomUUID();
    const stranger = randomUUID();
    const photo = await createPhoto(db);
    const cart = await addToCart(db, owner, { variantId: photo.variants[0]!.id, quantity: 2 });
    await addToCart(db, stranger, { variantId: photo.variants[1]!.id });
    const itemId = cart.lines[0]!.id;
    const before = await storedCart(owner);
    await rejection(setCartItemQuantity(db, stranger, { itemId, quantity: 9 }), "NotFound", /not in your cart/);
    await rejection(removeCartItem(db, stranger, { itemId }), "NotFound", /not in your cart/);
    await rejection(setCartItemQuantity(db, undefined, { itemId, quantity: 9 }), "NotFound", /not in your cart/);
    await rejection(removeCartItem(db, undefined, { itemId }), "NotFound", /not in your cart/);
    await clearCart(db, stranger);
    expect(await storedCart(owner)).toEqual(before);
    expect((await getCart(db, stranger)).lines).toEqual([]);
  });
});

describe("parallel changes", () => {
  it("twenty parallel adds of the same print end with twenty in one cart", async () => {
    const session = randomUUID();
    const photo = await createPhoto(db);
    const variantId = photo.variants[0]!.id;
    await Promise.all(Array.from({ length: 20 }, () => addToCart(db, session, { variantId })));
    expect(await cartRows(session)).toHaveLength(1);
    expect(await storedCart(session)).toEqual([{ id: expect.any(Number), variantId, productId: null, quantity: 20 }]);
  });

  it("parallel adds near the limit never pass 99 and every accepted add counts", async () => {
    const session = randomUUID();
    const photo = await createPhoto(db);
    const variantId = photo.variants[0]!.id;
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => addToCart(db, session, { variantId, quantity: 15 })));
    const accepted = results.filter((r) => r.status === "fulfilled").length;
    expect(accepted).toBe(6);
    for (const r of results) if (r.status === "rejected") expect((r.reason as DomainError).kind).toBe("BadInput");
    expect((await storedCart(session))[0]!.quantity).toBe(90);
    const [{ n }] = (await db.execute(sql`select count(*)::int as n from cart_items where quantity > 99`)) as unknown as [{ n: number }];
    expect(n).toBe(0);
  });
});
