// The two gift card e-mails: the card itself for the recipient, and the buyer's confirmation
// (which shows only the last four characters: the code is the recipient's alone).
import { formatMoney } from "../../app/shared/money";
import { escapeHtml } from "../../app/shared/escape-html";

export type GiftCardMail = { subject: string; html: string; text: string };


const page = (body: string) => `<!doctype html>
<html lang="en"><body style="font-family:Georgia,serif;color:#1c1917;max-width:560px;margin:0 auto;padding:24px">
${body}
</body></html>`;

const expiryLine = (expiresAt: Date | null) =>
  expiresAt ? `It can be used until ${expiresAt.toISOString().slice(0, 10)}.` : "It never expires.";

export type RecipientMailInput = {
  recipientName: string;
  senderName: string;
  message: string;
  code: string;
  amountCents: number;
  currency: string;
  expiresAt: Date | null;
  publicUrl: string;
};

export function giftCardRecipientMail(card: RecipientMailInput): GiftCardMail {
  const amount = formatMoney(card.amountCents, card.currency);
  const balanceUrl = `${card.publicUrl}/gift-cards/balance`;
  const text = [
    `Hello ${card.recipientName},`,
    "",
    `${card.senderName} sent you a Printroom gift card for ${amount}.`,
    ...(card.message ? ["", card.message] : []),
    "",
    `Your code: ${card.code}`,
    "",
    `Enter it at checkout on ${card.publicUrl}. ${expiryLine(card.expiresAt)} Check the balance any time at ${balanceUrl}.`,
    "Keep the code safe: anyone who has it can spend the card.",
  ].join("\n");
  const html = page(`<h1 style="font-size:22px">${escapeHtml(card.senderName)} sent you a gift card for ${amount}</h1>
<p>Hello ${escapeHtml(card.recipientName)},</p>
${card.message ? `<blockquote style="margin:16px 0;padding-left:12px;border-left:3px solid #d6d3d1;white-space:pre-line">${escapeHtml(card.message)}</blockquote>` : ""}
<p style="font-size:20px;letter-spacing:2px;font-family:monospace"><strong>${escapeHtml(card.code)}</strong></p>
<p>Enter it at checkout on <a href="${escapeHtml(card.publicUrl)}">Printroom</a>. ${expiryLine(card.expiresAt)} <a href="${escapeHtml(balanceUrl)}">Check the balance</a> any time.</p>
<p style="color:#57534e">Keep the code safe: anyone who has it can spend the card.</p>`);
  return { subject: `${card.senderName} sent you a Printroom gift card`, html, text };
}

export type ConfirmationMailInput = {
  recipientName: string;
  recipientEmail: string;
  amountCents: number;
  currency: string;
  last4: string;
  deliverAt: Date;
};

export function giftCardPurchaseConfirmationMail(card: ConfirmationMailInput): GiftCardMail {
  const amount = formatMoney(card.amountCents, card.currency);
  const when = card.deliverAt.getTime() <= Date.now() + 60_000 ? "now" : `on ${card.deliverAt.toISOString().slice(0, 10)}`;
  const text = [
    `Thank you for buying a Printroom gift card for ${amount}.`,
    "",
    `We are sending it to ${card.recipientName} <${card.recipientEmail}> ${when}.`,
    `The card ends in ${card.last4}; only the recipient receives the full code.`,
  ].join("\n");
  const html = page(`<h1 style="font-size:22px">Thank you for your gift card purchase</h1>
<p>Your gift card for <strong>${amount}</strong> goes to ${escapeHtml(card.recipientName)} &lt;${escapeHtml(card.recipientEmail)}&gt; ${when}.</p>
<p>The card ends in <strong>${escapeHtml(card.last4)}</strong>; only the recipient receives the full code.</p>`);
  return { subject: `Your Printroom gift card for ${card.recipientName}`, html, text };
}
