// The short note that tells a contact-form sender their message arrived. It repeats nothing they
// wrote, not even their name: the form accepts any address, and a note that echoed the sender's
// text would let anyone send a stranger words of their choosing from the studio's address.
import type { MailMessage } from "../integrations/mail/message";
import { renderMail } from "../integrations/mail/render";

export function acknowledgementMail(m: { to: string; id: number; publicUrl: string; shopEmail: string }): MailMessage {
  const mail = renderMail({
    subject: "We have your message — Printroom",
    publicUrl: m.publicUrl,
    blocks: [
      { kind: "heading", text: "Thank you for writing" },
      { kind: "paragraph", text: "Your message reached the studio. The photographer reads every message herself and answers within two working days, usually sooner." },
      { kind: "note", text: `Message #${m.id}. If you did not write to us, you can ignore this e-mail.` },
    ],
  });
  return { to: m.to, replyTo: m.shopEmail, ...mail };
}
