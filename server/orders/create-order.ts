// Writes an order and its items. Callers pass a transaction: an order never exists without its items.
import type { DbOrTx } from "../../db/client";
import { orderItems, orders, type ShippingAddress } from "../../db/schema/index";
import { nextOrderNumber } from "./order-number";

export type NewOrderItem = {
  variantId: number | null;
  productId: number | null;
  title: string;
  description: string;
  unitPriceCents: number;
  quantity: number;
  totalCents: number;
};

export type NewOrder = {
  email: string;
  customerName: string;
  shippingAddress: ShippingAddress | null;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  currency: string;
  checkoutId: string | null;
  stripeCheckoutId: string | null;
  stripePaymentIntent: string | null;
  cartId: string | null;
  items: NewOrderItem[];
};

export type CreatedOrder = typeof orders.$inferSelect & { items: (typeof orderItems.$inferSelect)[] };

export async function createPaidOrder(tx: DbOrTx, input: NewOrder): Promise<CreatedOrder> {
  const now = new Date();
  const [order] = await tx
    .insert(orders)
    .values({
      number: await nextOrderNumber(tx, now),
      status: "paid",
      email: input.email,
      customerName: input.customerName,
      shippingAddress: input.shippingAddress,
      subtotalCents: input.subtotalCents,
      discountCents: input.discountCents,
      totalCents: input.totalCents,
      currency: input.currency,
      checkoutId: input.checkoutId,
      stripeCheckoutId: input.stripeCheckoutId,
      stripePaymentIntent: input.stripePaymentIntent,
      cartId: input.cartId,
      paidAt: now,
    })
    .returning();
  // Copied as sold: titles, descriptions and prices are kept exactly, a zero price included (finding 46).
  const items = input.items.length
    ? await tx
        .insert(orderItems)
        .values(input.items.map((item) => ({ ...item, orderId: order!.id })))
        .returning()
    : [];
  return { ...order!, items };
}
