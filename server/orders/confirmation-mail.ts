// The order confirmation e-mail, in HTML and plain text, enqueued in the transaction that makes the
// order. The job key is per order, so a replayed event can never send it twice; the order number
// is in the subject, which the send_mail task logs on every failure (finding 41).
import { formatMoney } from "../../app/shared/money";
import type { DbOrTx } from "../../db/client";
import { enqueueMail } from "../integrations/mail/enqueue";
import type { NewOrderItem, OrderRow } from "./create-order";
import { escapeHtml } from "../../app/shared/escape-html";


export type ConfirmationMail = { subject: string; html: string; text: string };

/** An order's row with its lines as sold: what the mail shows. */
export type MailedOrder = OrderRow & { items: NewOrderItem[] };

export function orderConfirmationMail(order: MailedOrder, publicUrl: string): ConfirmationMail {
  const money = (cents: number) => formatMoney(cents, order.currency);
  const trackUrl = `${publicUrl}/track-order`;
  const address = order.shippingAddress;
  const addressLines = address
    ? [address.name, address.line1, address.line2, [address.city, address.state, address.postalCode].filter(Boolean).join(" "), address.country].filter(
        (line): line is string => Boolean(line),
      )
    : [];
  const totals: [string, string][] = [
    ["Subtotal", money(order.subtotalCents)],
    ...(order.discountCents > 0 ? ([["Discount", `−${money(order.discountCents)}`]] as [string, string][]) : []),
    ["Total paid", money(order.totalCents)],
  ];

  const text = [
    `Thank you for your order${order.customerName ? `, ${order.customerName}` : ""}.`,
    "",
    `Order number: ${order.number}`,
    "",
    ...order.items.map((i) => `${i.quantity} × ${i.title}${i.description ? ` (${i.description})` : ""}: ${money(i.totalCents)}`),
    "",
    ...totals.map(([label, value]) => `${label}: ${value}`),
    ...(addressLines.length ? ["", "Shipping to:", ...addressLines] : []),
    "",
    `Each print is made to order. Follow your order at ${trackUrl} with your order number and this e-mail address.`,
  ].join("\n");

  const html = `<!doctype html>
<html lang="en"><body style="font-family:Georgia,serif;color:#1c1917;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:22px">Thank you for your order${order.customerName ? `, ${escapeHtml(order.customerName)}` : ""}</h1>
<p>Order number: <strong>${escapeHtml(order.number)}</strong></p>
<table style="width:100%;border-collapse:collapse" role="presentation">
${order.items
  .map(
    (i) =>
      `<tr><td style="padding:6px 0;border-bottom:1px solid #e7e5e4">${i.quantity} × ${escapeHtml(i.title)}${i.description ? `<br><span style="color:#57534e">${escapeHtml(i.description)}</span>` : ""}</td><td style="text-align:right;border-bottom:1px solid #e7e5e4">${money(i.totalCents)}</td></tr>`,
  )
  .join("\n")}
${totals.map(([label, value]) => `<tr><td style="padding:6px 0">${label}</td><td style="text-align:right">${value}</td></tr>`).join("\n")}
</table>
${addressLines.length ? `<p>Shipping to:<br>${addressLines.map(escapeHtml).join("<br>")}</p>` : ""}
<p>Each print is made to order. <a href="${escapeHtml(trackUrl)}">Follow your order</a> with your order number and this e-mail address.</p>
</body></html>`;

  return { subject: `Your Printroom order ${order.number}`, html, text };
}

export async function enqueueOrderConfirmation(tx: DbOrTx, order: MailedOrder, publicUrl: string): Promise<void> {
  const mail = orderConfirmationMail(order, publicUrl);
  await enqueueMail(tx, { to: order.email, ...mail }, { jobKey: `order-confirmation:${order.number}` });
}
