// The shipping e-mail: the order has left the studio, with the carrier, the tracking number, the
// carrier's tracking page and the signed link to the order. The transaction that ships the order
// enqueues one send_shipping_mail job (server/orders/shipment.ts); the job renders the mail from the
// stored order, so it shows the tracking as it is when it is sent.
import type { DbOrTx } from "../../db/client";
import { enqueueJob } from "../jobs/enqueue";
import { renderMail, type MailBlock, type RenderedMail } from "../integrations/mail/render";
import { orderSummaryBlocks, type OrderMailDeps } from "./confirmation-mail";
import { loadMailedOrder, type MailedOrderView } from "./order-view";
import { orderTrackingUrl } from "./track-order";

function trackingBlocks(order: MailedOrderView): MailBlock[] {
  const shipment = order.shipment;
  if (!shipment) return [];
  const line = [shipment.carrier && `Carrier: ${shipment.carrier}`, shipment.trackingNumber && `Tracking number: ${shipment.trackingNumber}`].filter(Boolean).join(" · ");
  return [
    ...(line ? [{ kind: "paragraph", text: line } as const] : []),
    ...(shipment.trackingUrl ? [{ kind: "button", text: "Track the parcel", href: shipment.trackingUrl } as const] : []),
  ];
}

export function shippingMail(order: MailedOrderView, links: { publicUrl: string; orderUrl: string }): RenderedMail {
  return renderMail({
    subject: `Your Printroom order ${order.number} has shipped`,
    publicUrl: links.publicUrl,
    blocks: [
      { kind: "heading", text: `Your prints are on their way${order.customerName ? `, ${order.customerName}` : ""}` },
      { kind: "paragraph", text: `Order number: ${order.number}` },
      ...trackingBlocks(order),
      ...orderSummaryBlocks(order, links.publicUrl),
      { kind: "paragraph", text: "The link below shows your order and where it is at any time." },
      { kind: "button", text: "Follow your order", href: links.orderUrl },
    ],
  });
}

/** Keyed per order: the job may wait in the queue for a retry without a second one joining it. */
export async function enqueueShippingMail(tx: DbOrTx, order: { number: string }): Promise<void> {
  await enqueueJob(tx, "send_shipping_mail", { orderNumber: order.number }, { jobKey: `shipping-mail:${order.number}` });
}

/** What the job runs. A mailer failure throws, so the job is retried. */
export async function sendShippingMail(deps: OrderMailDeps, payload: { orderNumber: string }): Promise<void> {
  const order = await loadMailedOrder(deps.db, payload.orderNumber);
  if (!order) throw new Error(`order ${payload.orderNumber} does not exist`);
  const orderUrl = orderTrackingUrl(deps.env.PUBLIC_URL, deps.env.SESSION_SECRET, order.number);
  await deps.mailer.send({ to: order.email, ...shippingMail(order, { publicUrl: deps.env.PUBLIC_URL, orderUrl }) });
}
