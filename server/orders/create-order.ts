// Writes an order and its items. Callers pass a transaction: an order never exists without its items.
import { getTableColumns, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { orderItems, orders, type CheckoutLine, type ShippingAddress } from "../../db/schema/index";
import { returningStatement } from "../../db/statement";
import { nextOrderNumberSql } from "./order-number";

/** A checkout line as sold; the order calls its line total `totalCents`. */
export type NewOrderItem = Omit<CheckoutLine, "lineTotalCents"> & { totalCents: number };

export type NewOrder = {
  email: string;
  customerName: string;
  shippingAddress: ShippingAddress | null;
  subtotalCents: number;
  discountCents: number;
  giftCardLast4?: string | null;
  shippingCents?: number;
  taxCents?: number | null;
  totalCents: number;
  currency: string;
  checkoutId: string | null;
  stripeCheckoutId: string | null;
  stripePaymentIntent: string | null;
  cartId: string | null;
  items: NewOrderItem[];
};

export type OrderRow = typeof orders.$inferSelect;
export type CreatedOrder = OrderRow & { items: (typeof orderItems.$inferSelect)[] };

// The SQL is built once (db/statement.ts). The address is the one nullable value whose column would
// encode a null as JSON `null`, so it is sent as text and cast, to store SQL NULL.
const insertOrder = returningStatement("insert_order", getTableColumns(orders), (db, returning) =>
  db
    .insert(orders)
    .values({
      number: nextOrderNumberSql(),
      status: "paid",
      email: sql.placeholder("email"),
      customerName: sql.placeholder("customerName"),
      shippingAddress: sql`${sql.placeholder("shippingAddress")}::jsonb`,
      subtotalCents: sql.placeholder("subtotalCents"),
      discountCents: sql.placeholder("discountCents"),
      giftCardLast4: sql.placeholder("giftCardLast4"),
      shippingCents: sql.placeholder("shippingCents"),
      taxCents: sql.placeholder("taxCents"),
      totalCents: sql.placeholder("totalCents"),
      currency: sql.placeholder("currency"),
      checkoutId: sql.placeholder("checkoutId"),
      stripeCheckoutId: sql.placeholder("stripeCheckoutId"),
      stripePaymentIntent: sql.placeholder("stripePaymentIntent"),
      cartId: sql.placeholder("cartId"),
      paidAt: sql`now()`,
    })
    .returning(returning),
);

/**
 * `alongside` gets the order's row and gives statements that need nothing else: they are issued
 * with the items insert, so postgres.js sends them to Postgres in one write and the transaction
 * pays one round trip for all of them. Postgres runs them in order; the first to fail fails the
 * transaction. Each must be a single statement issued at once: one that awaited and then sent
 * more could send after the rollback (decision 013).
 */
export async function createPaidOrder(tx: DbOrTx, input: NewOrder, alongside: (order: OrderRow) => Promise<unknown>[] = () => []): Promise<CreatedOrder> {
  const { items: newItems, shippingAddress, giftCardLast4 = null, shippingCents = 0, taxCents = null, ...fields } = input;
  const [order] = await insertOrder(tx, { ...fields, giftCardLast4, shippingCents, taxCents, shippingAddress: shippingAddress === null ? null : JSON.stringify(shippingAddress) });
  // Copied as sold: titles, descriptions and prices are kept exactly, a zero price included (finding 46).
  const insertItems = newItems.length
    ? tx
        .insert(orderItems)
        .values(newItems.map((item) => ({ ...item, orderId: order!.id })))
        .returning()
        .prepare("insert_order_items")
        .execute()
    : Promise.resolve([]);
  const [items] = await Promise.all([insertItems, ...alongside(order!)]);
  return { ...order!, items };
}
