// The order confirmation e-mail. The order's transaction enqueues one send_order_confirmation job
// (a single statement, so it can go with the order's insert: decision 013); the job renders the
// mail from the stored order (thumbnails, amount lines, the signed tracking link, the address) and
// sends it. The job key is per order, so a replayed event can never send it twice; the order
// number is in the subject, which a failed send logs (finding 41).
import { formatMoney } from "../../app/shared/money";
import type { Db, DbOrTx } from "../../db/client";
import type { Env } from "../env";
import { enqueueJob } from "../jobs/enqueue";
import type { Mailer } from "../integrations/mail/message";
import { renderMail, type MailBlock, type RenderedMail } from "../integrations/mail/render";
import { loadMailedOrder, type MailedOrderView } from "./order-view";
import { orderTrackingUrl } from "./track-order";

/** The parts every mail about an order shows (this one and, with issue 15, the shipping mail). */
export function orderSummaryBlocks(order: MailedOrderView, publicUrl: string): MailBlock[] {
  const address = order.shippingAddress;
  const addressLines = address
    ? [address.name, address.line1, address.line2, [address.city, address.state, address.postalCode].filter(Boolean).join(" "), address.country].filter(
        (line): line is string => Boolean(line),
      )
    : [];
  return [
    {
      kind: "items",
      items: order.items.map((item) => ({
        title: item.title,
        description: item.description,
        quantity: item.quantity,
        amount: formatMoney(item.totalCents, order.currency),
        imageUrl: item.thumbnail ? `${publicUrl}${item.thumbnail}` : null,
      })),
    },
    { kind: "amounts", lines: order.amounts.map((line) => ({ label: line.label, text: line.text, strong: line.kind === "paid" })) },
    ...(addressLines.length ? [{ kind: "address", title: "Shipping to:", lines: addressLines } as const] : []),
  ];
}

export function orderConfirmationMail(order: MailedOrderView, links: { publicUrl: string; trackingUrl: string }): RenderedMail {
  return renderMail({
    subject: `Your Printroom order ${order.number}`,
    publicUrl: links.publicUrl,
    blocks: [
      { kind: "heading", text: `Thank you for your order${order.customerName ? `, ${order.customerName}` : ""}` },
      { kind: "paragraph", text: `Order number: ${order.number}` },
      ...orderSummaryBlocks(order, links.publicUrl),
      { kind: "paragraph", text: "Each print is made to order, checked by hand and signed; it ships in 7–10 days. The link below shows where your order is at any time." },
      { kind: "button", text: "Follow your order", href: links.trackingUrl },
    ],
  });
}

export async function enqueueOrderConfirmation(tx: DbOrTx, order: { number: string }): Promise<void> {
  await enqueueJob(tx, "send_order_confirmation", { orderNumber: order.number }, { jobKey: `order-confirmation:${order.number}` });
}

export type OrderMailDeps = { db: Db; env: Pick<Env, "PUBLIC_URL" | "SESSION_SECRET">; mailer: Mailer };

/** What the job runs. A mailer failure throws, so the job is retried; an order that is gone is an error too. */
export async function sendOrderConfirmation(deps: OrderMailDeps, payload: { orderNumber: string }): Promise<void> {
  const order = await loadMailedOrder(deps.db, payload.orderNumber);
  if (!order) throw new Error(`order ${payload.orderNumber} does not exist`);
  const trackingUrl = orderTrackingUrl(deps.env.PUBLIC_URL, deps.env.SESSION_SECRET, order.number);
  await deps.mailer.send({ to: order.email, ...orderConfirmationMail(order, { publicUrl: deps.env.PUBLIC_URL, trackingUrl }) });
}
