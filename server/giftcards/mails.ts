// The two gift card e-mails: the card itself for the recipient, and the buyer's confirmation
// (which shows only the last four characters: the code is the recipient's alone). Both are
// rendered by the shop's one mail renderer, in HTML and plain text.
import { formatMoney } from "../../app/shared/money";
import { renderMail, type RenderedMail } from "../integrations/mail/render";

export type GiftCardMail = RenderedMail;

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
  return renderMail({
    subject: `${card.senderName} sent you a Printroom gift card`,
    publicUrl: card.publicUrl,
    blocks: [
      { kind: "heading", text: `${card.senderName} sent you a gift card for ${amount}` },
      { kind: "paragraph", text: `Hello ${card.recipientName},` },
      ...(card.message ? [{ kind: "quote", text: card.message } as const] : []),
      { kind: "paragraph", text: "Your code:" },
      { kind: "code", text: card.code },
      { kind: "paragraph", text: `Enter it at checkout on ${card.publicUrl}. ${expiryLine(card.expiresAt)}` },
      { kind: "button", text: "Check the balance", href: `${card.publicUrl}/gift-cards/balance` },
      { kind: "note", text: "Keep the code safe: anyone who has it can spend the card." },
    ],
  });
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
  return renderMail({
    subject: `Your Printroom gift card for ${card.recipientName}`,
    blocks: [
      { kind: "heading", text: "Thank you for your gift card purchase" },
      { kind: "paragraph", text: `Your gift card for ${amount} goes to ${card.recipientName} <${card.recipientEmail}> ${when}.` },
      { kind: "paragraph", text: `The card ends in ${card.last4}; only the recipient receives the full code.` },
    ],
  });
}
