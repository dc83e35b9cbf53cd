// How an order is shown to the shopper (success page, order tracking): what they bought and where it
// is, without the full street address, which only the confirmation e-mail carries.
import { asc, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { orderItems, orders } from "../../db/schema/index";

export type OrderStatus = (typeof orders.$inferSelect)["status"];

export type OrderView = {
  number: string;
  status: OrderStatus;
  placedAt: string;
  items: { title: string; description: string; quantity: number; unitPriceCents: number; totalCents: number }[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  refundedCents: number;
  currency: string;
  shipTo: { name: string; city: string; country: string } | null;
  shipment: { carrier: string | null; trackingNumber: string | null; trackingUrl: string | null } | null;
};

export async function loadOrderView(db: DbOrTx, where: SQL): Promise<OrderView | null> {
  const [order] = await db.select().from(orders).where(where).limit(1);
  if (!order) return null;
  const items = await db
    .select({
      title: orderItems.title,
      description: orderItems.description,
      quantity: orderItems.quantity,
      unitPriceCents: orderItems.unitPriceCents,
      totalCents: orderItems.totalCents,
    })
    .from(orderItems)
    .where(eq(orderItems.orderId, order.id))
    .orderBy(asc(orderItems.id));
  const address = order.shippingAddress;
  const shipped = order.carrier !== null || order.trackingNumber !== null;
  return {
    number: order.number,
    status: order.status,
    placedAt: (order.paidAt ?? order.createdAt).toISOString(),
    items,
    subtotalCents: order.subtotalCents,
    discountCents: order.discountCents,
    totalCents: order.totalCents,
    refundedCents: order.refundedCents,
    currency: order.currency,
    shipTo: address ? { name: address.name, city: address.city, country: address.country } : null,
    shipment: shipped ? { carrier: order.carrier, trackingNumber: order.trackingNumber, trackingUrl: order.trackingUrl } : null,
  };
}
