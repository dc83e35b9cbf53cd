// A paid checkout becomes its order. Runs inside the webhook's transaction with the checkout row
// locked, or in the transaction that made a checkout a gift card paid in full: the order, its
// items, the gift card redemption, the subscriber, the cart and the mail job commit together (finding 3).
import { and, eq, or, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { cartItems, carts, checkouts, products } from "../../db/schema/index";
import { writeStatement } from "../../db/statement";
import type { ShippingAddress } from "../../db/schema/index";
import { redeemPlanned, type RedemptionPlan } from "../giftcards/redemption";
import type { Logger } from "../log";
import { subscribe } from "../newsletter/subscribe";
import { enqueueOrderConfirmation } from "../orders/confirmation-mail";
import { createPaidOrder, type CreatedOrder } from "../orders/create-order";

export type Checkout = typeof checkouts.$inferSelect;

/** How the order was paid: the provider's session, or nothing but a gift card (both ids null). */
export type OrderPayment = {
  stripeCheckoutId: string | null;
  stripePaymentIntent: string | null;
  customerName: string;
  shippingAddress: ShippingAddress | null;
  /** what Stripe Tax added; null when no tax was added (the prices include any) */
  taxCents: number | null;
};

/** Deletes the bought lines and touches the cart, `cart` set too, in one statement. */
function removeBoughtLines(name: string, cart: Partial<typeof carts.$inferInsert>) {
  return writeStatement(name, (db) => {
    const bought = or(sql`${cartItems.variantId} = any(${sql.placeholder("variantIds")})`, sql`${cartItems.productId} = any(${sql.placeholder("productIds")})`);
    const removed = db.$with("removed").as(db.delete(cartItems).where(and(eq(cartItems.cartId, sql.placeholder("cartId")), bought)).returning({ id: cartItems.id }));
    return db
      .with(removed)
      .update(carts)
      .set({ ...cart, updatedAt: sql`now()` })
      .where(eq(carts.id, sql.placeholder("cartId")));
  });
}
const removeBoughtLinesKeepingGiftCard = removeBoughtLines("remove_bought_cart_lines", {});
// The card applied in the cart was spent on this order; the shopper applies it again to use the rest.
const removeBoughtLinesAndSpentGiftCard = removeBoughtLines("remove_bought_cart_lines_and_gift_card", { giftCardCodeHash: null, giftCardLast4: null });
const markCheckoutPaid = writeStatement("mark_checkout_paid", (db) =>
  db.update(checkouts).set({ status: "paid", updatedAt: sql`now()` }).where(eq(checkouts.id, sql.placeholder("id"))),
);

/** Only the lines bought leave the cart: anything added after checkout began stays for next time. */
async function removePurchasedLines(tx: Tx, checkout: Checkout): Promise<void> {
  if (!checkout.cartId) return;
  const variantIds = checkout.lines.flatMap((l) => (l.variantId === null ? [] : [l.variantId]));
  const productIds = checkout.lines.flatMap((l) => (l.productId === null ? [] : [l.productId]));
  if (variantIds.length === 0 && productIds.length === 0) return;
  const remove = checkout.discountCents > 0 ? removeBoughtLinesAndSpentGiftCard : removeBoughtLinesKeepingGiftCard;
  await remove(tx, { cartId: checkout.cartId, variantIds, productIds });
}

/** The payment is already taken, so a shortfall cannot refuse the order; it is logged for the studio. */
async function takeStock(tx: Tx, checkout: Checkout, log: Logger): Promise<void> {
  for (const line of checkout.lines) {
    if (line.productId === null) continue;
    const [row] = await tx
      .update(products)
      .set({ stock: sql`greatest(${products.stock} - ${line.quantity}, 0)` })
      .where(eq(products.id, line.productId))
      .returning({ stock: products.stock, title: products.title });
    if (row && row.stock === 0) log.warn({ productId: line.productId, title: row.title, checkoutId: checkout.id }, "product sold out by this order");
  }
}

/**
 * `giftCard` is the caller's plan from `planRedemption` (server/giftcards/redemption.ts), made
 * under the card's lock earlier in this transaction; an "unavailable" plan must never get here.
 */
export async function fulfilCheckout(
  tx: Tx,
  deps: { log: Logger; publicUrl: string },
  checkout: Checkout,
  payment: OrderPayment,
  giftCard: RedemptionPlan,
): Promise<CreatedOrder> {
  const items = checkout.lines.map((line) => ({
    variantId: line.variantId,
    productId: line.productId,
    title: line.title,
    description: line.description,
    unitPriceCents: line.unitPriceCents,
    quantity: line.quantity,
    totalCents: line.lineTotalCents,
  }));
  const order = await createPaidOrder(
    tx,
    {
      email: checkout.email,
      customerName: payment.customerName,
      shippingAddress: payment.shippingAddress,
      subtotalCents: checkout.subtotalCents,
      discountCents: checkout.discountCents,
      giftCardLast4: checkout.discountCents > 0 ? checkout.giftCardLast4 : null,
      shippingCents: checkout.shippingCents,
      taxCents: payment.taxCents,
      // What was paid: the checkout's total is before any tax.
      totalCents: checkout.totalCents + (payment.taxCents ?? 0),
      currency: checkout.currency,
      checkoutId: checkout.id,
      stripeCheckoutId: payment.stripeCheckoutId,
      stripePaymentIntent: payment.stripePaymentIntent,
      cartId: checkout.cartId,
      items,
    },
    // One statement each and nothing to decide from their answers: they go with the items insert.
    (row) => [
      ...(checkout.newsletterOptIn ? [subscribe(tx, checkout.email, "purchase")] : []),
      removePurchasedLines(tx, checkout),
      markCheckoutPaid(tx, { id: checkout.id }),
      enqueueOrderConfirmation(tx, row),
    ],
  );
  // Several statements each, only for gift cards and stocked products.
  await redeemPlanned(tx, giftCard, order.id);
  await takeStock(tx, checkout, deps.log);
  deps.log.info({ orderNumber: order.number, checkoutId: checkout.id, totalCents: order.totalCents }, "order placed");
  return order;
}
