// How an order is shown to the shopper (success page, order tracking, the order's mails): what they
// bought with a thumbnail, what it cost line by line, and where it is on its way, without the full
// street address, which only the confirmation e-mail carries.
import { asc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { orderItems, orders, type ShippingAddress } from "../../db/schema/index";
import { mediaUrl } from "../catalog/images";
import { amountLines, type AmountLine } from "./amounts";

export type OrderStatus = (typeof orders.$inferSelect)["status"];

/** The four steps a made-to-order print goes through, in order. */
export const TIMELINE_STEPS = [
  { step: "paid", label: "Paid" },
  { step: "in_production", label: "In production" },
  { step: "shipped", label: "Shipped" },
  { step: "delivered", label: "Delivered" },
] as const;
export type TimelineStep = { step: (typeof TIMELINE_STEPS)[number]["step"]; label: string; done: boolean; at: string | null };

export type OrderViewItem = {
  title: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
  totalCents: number;
  /** a site-relative /media URL: the page uses it as is, a mail puts PUBLIC_URL before it */
  thumbnail: string | null;
};

export type OrderView = {
  number: string;
  status: OrderStatus;
  placedAt: string;
  items: OrderViewItem[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  refundedCents: number;
  currency: string;
  amounts: AmountLine[];
  timeline: TimelineStep[];
  shipTo: { name: string; city: string; country: string } | null;
  shipment: { carrier: string | null; trackingNumber: string | null; trackingUrl: string | null } | null;
};

/** What only the order's own mails may show besides the view: where it goes and to whom. */
export type MailedOrderView = OrderView & { email: string; customerName: string; shippingAddress: ShippingAddress | null };

/** The smallest JPEG still sharp at 80 px on a 2× screen, as the cart picks it. */
const THUMBNAIL_MIN_WIDTH = 160;

type OrderRow = typeof orders.$inferSelect;

/** A step is done once it is dated, or once the order is past it (an order dated before the timeline existed). */
function timelineOf(order: OrderRow): TimelineStep[] {
  const reached = TIMELINE_STEPS.findIndex((s) => s.step === order.status);
  const dates = { paid: order.paidAt, in_production: order.inProductionAt, shipped: order.shippedAt, delivered: order.deliveredAt };
  return TIMELINE_STEPS.map(({ step, label }, index) => ({
    step,
    label,
    done: dates[step] !== null || (reached >= 0 && index <= reached),
    at: dates[step]?.toISOString() ?? null,
  }));
}

async function loadOrder(db: DbOrTx, where: SQL): Promise<MailedOrderView | null> {
  const [order] = await db.select().from(orders).where(where).limit(1);
  if (!order) return null;
  const items = await db
    .select({
      title: orderItems.title,
      description: orderItems.description,
      quantity: orderItems.quantity,
      unitPriceCents: orderItems.unitPriceCents,
      totalCents: orderItems.totalCents,
      // The photo's image as it is now; a print no longer sold keeps its line, without a picture.
      thumbnailKey: sql<string | null>`(
        select pi.storage_key from print_variants pv join photo_images pi on pi.photo_id = pv.photo_id
        where pv.id = ${orderItems.variantId} and pi.format = 'jpeg'
        order by pi.kind = 'original', pi.width < ${sql.raw(String(THUMBNAIL_MIN_WIDTH))}, pi.width
        limit 1)`,
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
    items: items.map(({ thumbnailKey, ...item }) => ({ ...item, thumbnail: thumbnailKey ? mediaUrl(thumbnailKey) : null })),
    subtotalCents: order.subtotalCents,
    discountCents: order.discountCents,
    totalCents: order.totalCents,
    refundedCents: order.refundedCents,
    currency: order.currency,
    amounts: amountLines(order, { totalLabel: "Total paid" }),
    timeline: timelineOf(order),
    shipTo: address ? { name: address.name, city: address.city, country: address.country } : null,
    shipment: shipped ? { carrier: order.carrier, trackingNumber: order.trackingNumber, trackingUrl: order.trackingUrl } : null,
    email: order.email,
    customerName: order.customerName,
    shippingAddress: address,
  };
}

export async function loadOrderView(db: DbOrTx, where: SQL): Promise<OrderView | null> {
  const order = await loadOrder(db, where);
  if (!order) return null;
  const { email: _email, customerName: _name, shippingAddress: _address, ...view } = order;
  return view;
}

/** For the order's mails only: the view with the address and the name, never sent to a page. */
export const loadMailedOrder = (db: DbOrTx, number: string) => loadOrder(db, eq(orders.number, number));
