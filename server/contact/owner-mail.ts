// The e-mail that brings a contact-form message to the studio; replying answers the sender.
import type { MailMessage } from "../integrations/mail/message";
import { escapeHtml } from "../../app/shared/escape-html";


export function ownerMail(m: { to: string; id: number; name: string; email: string; subject: string; message: string }): MailMessage {
  const subject = `Contact form: ${m.subject || `message from ${m.name}`}`.slice(0, 200);
  const text = [`From: ${m.name} <${m.email}>`, `Subject: ${m.subject || "(none)"}`, `Message #${m.id}`, "", m.message].join("\n");
  const html = [
    `<p><strong>From:</strong> ${escapeHtml(m.name)} &lt;${escapeHtml(m.email)}&gt;</p>`,
    `<p><strong>Subject:</strong> ${escapeHtml(m.subject || "(none)")}</p>`,
    `<p style="white-space:pre-wrap">${escapeHtml(m.message)}</p>`,
    `<p style="color:#57534e">Message #${m.id}. Reply to this e-mail to answer ${escapeHtml(m.name)}.</p>`,
  ].join("\n");
  return { to: m.to, replyTo: m.email, subject, text, html };
}
