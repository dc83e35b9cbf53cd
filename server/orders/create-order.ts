// Writes an order and its items. Callers pass a transaction: an order never exists without its items.
import { getTableColumns, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { orderItems, orders, type ShippingAddress } from "../../db/schema/index";
import { returningStatement } from "../../db/statement";
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

// The SQL is built once (db/statement.ts). The address is the one nullable value whose column would
// encode a null as JSON `null`, so it is sent as text and cast, to store SQL NULL.
const insertOrder = returningStatement("insert_order", getTableColumns(orders), (db, returning) =>
  db
    .insert(orders)
    .values({
      number: sql.placeholder("number"),
      status: "paid",
      email: sql.placeholder("email"),
      customerName: sql.placeholder("customerName"),
      shippingAddress: sql`${sql.placeholder("shippingAddress")}::jsonb`,
      subtotalCents: sql.placeholder("subtotalCents"),
      discountCents: sql.placeholder("discountCents"),
      totalCents: sql.placeholder("totalCents"),
      currency: sql.placeholder("currency"),
      checkoutId: sql.placeholder("checkoutId"),
      stripeCheckoutId: sql.placeholder("stripeCheckoutId"),
      stripePaymentIntent: sql.placeholder("stripePaymentIntent"),
      cartId: sql.placeholder("cartId"),
      paidAt: sql.placeholder("paidAt"),
    })
    .returning(returning),
);

export async function createPaidOrder(tx: DbOrTx, input: NewOrder): Promise<CreatedOrder> {
  const now = new Date();
  const { items: newItems, shippingAddress, ...fields } = input;
  const [order] = await insertOrder(tx, {
    ...fields,
    number: await nextOrderNumber(tx, now),
    shippingAddress: shippingAddress === null ? null : JSON.stringify(shippingAddress),
    paidAt: now,
  });
  // Copied as sold: titles, descriptions and prices are kept exactly, a zero price included (finding 46).
  const items = newItems.length
    ? await tx
        .insert(orderItems)
        .values(newItems.map((item) => ({ ...item, orderId: order!.id })))
        .returning()
        .prepare("insert_order_items")
        .execute()
    : [];
  return { ...order!, items };
}
