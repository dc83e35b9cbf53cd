// Small builders for test data; tests never depend on the demo seed.
import type { Db } from "../db/client";
import { collections, giftCardLedger, giftCards, photoImages, photos, printVariants, products } from "../db/schema/index";
import { codeLast4, generateGiftCardCode, hashGiftCardCode, normalizeGiftCardCode } from "../server/giftcards/codes";
import type { NewOrder } from "../server/orders/create-order";

let counter = 0;
const next = () => ++counter;

export async function createCollection(db: Db, overrides: Partial<typeof collections.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(collections)
    .values({ slug: `collection-${n}`, title: `Collection ${n}`, description: `About collection ${n}`, sortOrder: n, ...overrides })
    .returning();
  return row!;
}

export type VariantSpec = { material: "paper" | "canvas" | "metal"; widthIn: number; heightIn: number; priceCents: number; isActive?: boolean };

/** Sizes in the proportions of the default photo, a 3:2 landscape, as the seed makes them (decision 008). */
export const defaultVariants: VariantSpec[] = [
  { material: "paper", widthIn: 12, heightIn: 8, priceCents: 4500 },
  { material: "paper", widthIn: 18, heightIn: 12, priceCents: 9500 },
  { material: "canvas", widthIn: 36, heightIn: 24, priceCents: 32000 },
  { material: "metal", widthIn: 60, heightIn: 40, priceCents: 120000 },
];

export async function createPhoto(
  db: Db,
  overrides: Partial<typeof photos.$inferInsert> = {},
  variants: VariantSpec[] = defaultVariants,
) {
  const n = next();
  const [photo] = await db
    .insert(photos)
    .values({
      slug: `photo-${n}`,
      title: `Photo ${n}`,
      story: `The story of photo ${n}`,
      location: "Montauk, New York",
      orientation: "landscape",
      aspectRatio: 1.5,
      sortOrder: n,
      ...overrides,
    })
    .returning();
  const insertedVariants = variants.length
    ? await db
        .insert(printVariants)
        .values(variants.map((v) => ({ ...v, photoId: photo!.id })))
        .returning()
    : [];
  return { ...photo!, variants: insertedVariants };
}

export async function createProduct(db: Db, overrides: Partial<typeof products.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(products)
    .values({ slug: `product-${n}`, title: `Product ${n}`, description: "A product", priceCents: 6500, stock: 10, ...overrides })
    .returning();
  return row!;
}

/** A gift card with its issue entry in the ledger, and its plain code for the test to use. */
export async function createGiftCard(db: Db, secret: string, overrides: Partial<typeof giftCards.$inferInsert> & { amountCents?: number } = {}) {
  const n = next();
  const code = generateGiftCardCode();
  const { amountCents = 5000, ...rest } = overrides;
  const [card] = await db
    .insert(giftCards)
    .values({
      codeHash: hashGiftCardCode(secret, code),
      codeLast4: codeLast4(normalizeGiftCardCode(code)!),
      initialAmountCents: amountCents,
      balanceCents: amountCents,
      recipientName: `Recipient ${n}`,
      recipientEmail: `recipient-${n}@example.com`,
      senderName: `Sender ${n}`,
      buyerEmail: `buyer-${n}@example.com`,
      ...rest,
    })
    .returning();
  await db.insert(giftCardLedger).values({ giftCardId: card!.id, kind: "issue", amountCents: card!.balanceCents, note: "test" });
  return { card: card!, code };
}

/** Image rows (no files) in every format at a few widths, as the derivative job would record them. */
export async function createPhotoImages(db: Db, photo: { id: number; slug: string; aspectRatio: number }, widths = [400, 800, 1600]) {
  const height = (w: number) => Math.round(w / photo.aspectRatio);
  const rows: (typeof photoImages.$inferInsert)[] = (["avif", "webp", "jpeg"] as const).flatMap((format) =>
    widths.map((width) => ({ photoId: photo.id, kind: "derivative" as const, format, width, height: height(width), storageKey: `photos/${photo.slug}/${width}w.${format === "jpeg" ? "jpg" : format}`, bytes: width * 100 })),
  );
  const largest = Math.max(...widths) * 2;
  rows.push({ photoId: photo.id, kind: "original", format: "jpeg", width: largest, height: height(largest), storageKey: `originals/${photo.slug}.jpg`, bytes: largest * 300 });
  return db.insert(photoImages).values(rows).returning();
}

/** What the webhook hands createPaidOrder for a one-print order of $45, with any field replaced. */
export const orderInput = (overrides: Partial<NewOrder> = {}): NewOrder => ({
  email: "ada@example.com",
  customerName: "Ada Lovelace",
  shippingAddress: null,
  subtotalCents: 4500,
  discountCents: 0,
  totalCents: 4500,
  currency: "usd",
  checkoutId: null,
  stripeCheckoutId: null,
  stripePaymentIntent: null,
  cartId: null,
  items: [{ variantId: null, productId: null, title: "Harbour at Dawn", description: "12 × 8 in", unitPriceCents: 4500, quantity: 1, totalCents: 4500 }],
  ...overrides,
});

