// The shopper's cart, owned by their session id: reads are one prepared query, writes check ownership.
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { cartItems, carts, photos, printVariants, products, type ShippingClass } from "../../db/schema/index";
import { selectStatement } from "../../db/statement";
import { badInput, conflict, notFound } from "../errors";
import { mediaUrl } from "../catalog/images";
import { shippingClassOf } from "../../app/shared/shipping-class";
import {
  addToCartSchema,
  MAX_QUANTITY,
  parseCartInput,
  removeItemSchema,
  setQuantitySchema,
  type AddToCartInput,
  type RemoveItemInput,
  type SetQuantityInput,
} from "./inputs";

export type CartLine = {
  id: number;
  kind: "print" | "product";
  variantId: number | null;
  productId: number | null;
  title: string;
  /** e.g. "16 × 24 in · Canvas" */
  description: string;
  /** /photos/slug?variant=ID or /book */
  href: string;
  /** a small JPEG for the line, or null when the photo has no images yet */
  thumbnail: string | null;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
  /** the parcel it travels in, which its shipping rate depends on */
  shippingClass: ShippingClass;
};

export type CartView = { lines: CartLine[]; itemCount: number; subtotalCents: number };

export const emptyCart = (): CartView => ({ lines: [], itemCount: 0, subtotalCents: 0 });

/** Thumbnails: the smallest JPEG derivative that is still sharp at 80 px on a 2× screen. */
const THUMBNAIL_MIN_WIDTH = 160;

const materialLabel = { paper: "Fine-art paper", canvas: "Canvas", metal: "Metal" } as const;

// The header shows the cart on every page, so its query is built once and prepared (db/statement.ts).
const selectCartLines = selectStatement("cart_lines", (db) =>
  db
    .select({
      id: cartItems.id,
      variantId: cartItems.variantId,
      productId: cartItems.productId,
      quantity: cartItems.quantity,
      photoSlug: photos.slug,
      photoTitle: photos.title,
      material: printVariants.material,
      widthIn: printVariants.widthIn,
      heightIn: printVariants.heightIn,
      variantPriceCents: printVariants.priceCents,
      productTitle: products.title,
      productDescription: products.description,
      productPriceCents: products.priceCents,
      thumbnailKey: sql<string | null>`(
        select pi.storage_key from photo_images pi
        where pi.photo_id = ${photos.id} and pi.format = 'jpeg'
        order by pi.kind = 'original', pi.width < ${sql.raw(String(THUMBNAIL_MIN_WIDTH))}, pi.width
        limit 1)`,
    })
    .from(cartItems)
    .innerJoin(carts, eq(carts.id, cartItems.cartId))
    .leftJoin(printVariants, and(eq(printVariants.id, cartItems.variantId), eq(printVariants.isActive, true)))
    .leftJoin(photos, and(eq(photos.id, printVariants.photoId), eq(photos.isActive, true)))
    .leftJoin(products, and(eq(products.id, cartItems.productId), eq(products.isActive, true)))
    // A print or book withdrawn from sale stays in the table but is no longer offered or charged.
    .where(and(eq(carts.sessionId, sql.placeholder("sessionId")), or(sql`${photos.id} is not null`, sql`${products.id} is not null`)))
    .orderBy(asc(cartItems.addedAt), asc(cartItems.id)),
);

type LineRow = Awaited<ReturnType<typeof selectCartLines>>[number];

function firstLine(text: string, max = 80): string {
  const line = text.split("\n")[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

function toLine(row: LineRow): CartLine {
  const isPrint = row.variantId !== null;
  const unitPriceCents = (isPrint ? row.variantPriceCents : row.productPriceCents) ?? 0;
  return {
    id: row.id,
    kind: isPrint ? "print" : "product",
    variantId: row.variantId,
    productId: row.productId,
    title: (isPrint ? row.photoTitle : row.productTitle) ?? "",
    description: isPrint ? `${row.widthIn} × ${row.heightIn} in · ${materialLabel[row.material!]}` : firstLine(row.productDescription ?? ""),
    href: isPrint ? `/photos/${row.photoSlug}?variant=${row.variantId}` : "/book",
    thumbnail: row.thumbnailKey ? mediaUrl(row.thumbnailKey) : null,
    unitPriceCents,
    quantity: row.quantity,
    lineTotalCents: unitPriceCents * row.quantity,
    shippingClass: shippingClassOf(isPrint ? { kind: "print", material: row.material!, widthIn: row.widthIn!, heightIn: row.heightIn! } : { kind: "product" }),
  };
}

/** One query whatever the cart's size; a session without a cart reads as empty and writes nothing. */
export async function getCart(db: DbOrTx, sessionId: string | undefined): Promise<CartView> {
  if (!sessionId) return emptyCart();
  const lines = (await selectCartLines(db, { sessionId })).map(toLine);
  return {
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotalCents: lines.reduce((n, l) => n + l.lineTotalCents, 0),
  };
}

/** How many of one thing a cart may hold: 99, or fewer when a product has less stock. */
async function purchasableLimit(db: DbOrTx, input: { variantId?: number; productId?: number }): Promise<number> {
  if (input.variantId !== undefined) {
    const [variant] = await db
      .select({ id: printVariants.id })
      .from(printVariants)
      .innerJoin(photos, eq(photos.id, printVariants.photoId))
      .where(and(eq(printVariants.id, input.variantId), eq(printVariants.isActive, true), eq(photos.isActive, true)));
    if (!variant) throw notFound("That print size is not available. Please pick another size.");
    return MAX_QUANTITY;
  }
  const [product] = await db
    .select({ title: products.title, stock: products.stock })
    .from(products)
    .where(and(eq(products.id, input.productId!), eq(products.isActive, true)));
  if (!product) throw notFound("That product is not available.");
  if (product.stock === 0) throw conflict(`${product.title} is sold out.`);
  return Math.min(MAX_QUANTITY, product.stock);
}

function tooMany(limit: number, inCart: number): Error {
  const already = inCart > 0 ? ` You already have ${inCart} in your cart.` : "";
  return limit < MAX_QUANTITY
    ? conflict(`Only ${limit} left in stock.${already}`)
    : badInput(`You can order at most ${MAX_QUANTITY} of one item.${already}`);
}

export async function addToCart(db: DbOrTx, sessionId: string, rawInput: AddToCartInput): Promise<CartView> {
  const input = parseCartInput(addToCartSchema, rawInput);
  await db.transaction(async (tx) => {
    const limit = await purchasableLimit(tx, input);
    if (input.quantity > limit) throw tooMany(limit, 0);
    const [cart] = await tx
      .insert(carts)
      .values({ sessionId })
      .onConflictDoUpdate({ target: carts.sessionId, set: { updatedAt: sql`now()` } })
      .returning({ id: carts.id });
    const column = input.variantId !== undefined ? cartItems.variantId : cartItems.productId;
    // The row lock taken by ON CONFLICT makes the limit check and the increment one atomic step,
    // so parallel adds of the same print add up instead of overwriting each other.
    const [item] = await tx
      .insert(cartItems)
      .values({ cartId: cart!.id, variantId: input.variantId ?? null, productId: input.productId ?? null, quantity: input.quantity })
      .onConflictDoUpdate({
        target: [cartItems.cartId, column],
        targetWhere: sql`${column} is not null`,
        set: { quantity: sql`${cartItems.quantity} + excluded.quantity` },
        setWhere: sql`${cartItems.quantity} + excluded.quantity <= ${limit}`,
      })
      .returning({ id: cartItems.id });
    if (!item) {
      const [existing] = await tx
        .select({ quantity: cartItems.quantity })
        .from(cartItems)
        .where(and(eq(cartItems.cartId, cart!.id), eq(column, (input.variantId ?? input.productId)!)));
      throw tooMany(limit, existing?.quantity ?? 0);
    }
  });
  return getCart(db, sessionId);
}

const notInCart = () => notFound("That item is not in your cart any more.");

async function touchCart(db: DbOrTx, sessionId: string): Promise<void> {
  await db.update(carts).set({ updatedAt: sql`now()` }).where(eq(carts.sessionId, sessionId));
}

export async function setCartItemQuantity(db: DbOrTx, sessionId: string | undefined, rawInput: SetQuantityInput): Promise<CartView> {
  const input = parseCartInput(setQuantitySchema, rawInput);
  if (!sessionId) throw notInCart();
  await db.transaction(async (tx) => {
    const [item] = await tx
      .select({ id: cartItems.id, stock: products.stock })
      .from(cartItems)
      .innerJoin(carts, eq(carts.id, cartItems.cartId))
      .leftJoin(products, eq(products.id, cartItems.productId))
      .where(and(eq(cartItems.id, input.itemId), eq(carts.sessionId, sessionId)))
      .for("update", { of: cartItems });
    if (!item) throw notInCart();
    const limit = Math.min(MAX_QUANTITY, item.stock ?? MAX_QUANTITY);
    if (input.quantity > limit) throw tooMany(limit, 0);
    await tx.update(cartItems).set({ quantity: input.quantity }).where(eq(cartItems.id, item.id));
    await touchCart(tx, sessionId);
  });
  return getCart(db, sessionId);
}

const ownedBy = (sessionId: string) => inArray(cartItems.cartId, sql`(select ${carts.id} from ${carts} where ${carts.sessionId} = ${sessionId})`);

export async function removeCartItem(db: DbOrTx, sessionId: string | undefined, rawInput: RemoveItemInput): Promise<CartView> {
  const input = parseCartInput(removeItemSchema, rawInput);
  if (!sessionId) throw notInCart();
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(cartItems)
      .where(and(eq(cartItems.id, input.itemId), ownedBy(sessionId)))
      .returning({ id: cartItems.id });
    if (removed.length === 0) throw notInCart();
    await touchCart(tx, sessionId);
  });
  return getCart(db, sessionId);
}

export async function clearCart(db: DbOrTx, sessionId: string | undefined): Promise<CartView> {
  if (!sessionId) return emptyCart();
  await db.delete(cartItems).where(ownedBy(sessionId));
  return emptyCart();
}
