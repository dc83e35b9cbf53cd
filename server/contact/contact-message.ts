// The contact form: a message is stored, and its e-mail to the studio and the sender's short
// acknowledgement are enqueued as jobs, in one transaction; bots that fill the hidden honeypot
// field get the same thanks and leave nothing behind (finding 45).
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { contactMessages } from "../../db/schema/index";
import type { RateLimits } from "../rate-limits/rate-limits";
import { enqueueMail } from "../integrations/mail/enqueue";
import { emailField, optionalText, requiredText } from "../forms/fields";
import { HONEYPOT_FIELD } from "../../app/shared/honeypot";
import { acknowledgementMail } from "./acknowledgement-mail";
import { ownerMail } from "./owner-mail";

export const contactMessageSchema = z.object({
  name: requiredText({ required: "Please enter your name.", max: 100, tooLong: "Please keep your name under 100 characters." }),
  email: emailField,
  subject: optionalText({ max: 150, tooLong: "Please keep the subject under 150 characters." }),
  message: requiredText({ required: "Please write a message.", max: 5000, tooLong: "Please keep the message under 5000 characters.", oneLine: false }),
});
export type ContactMessage = z.output<typeof contactMessageSchema>;

const honeypotFilled = (value: unknown) => (typeof value === "string" ? value.trim() !== "" : value !== undefined && value !== null);

/**
 * The form as posted: a filled honeypot is spam before anything else is looked at, so a bot gets
 * the thanks whatever else it sent; otherwise each field is checked with its own message.
 */
export const contactFormSchema = z.record(z.string(), z.unknown()).transform((form, ctx): ContactSubmission => {
  if (honeypotFilled(form[HONEYPOT_FIELD])) return { spam: true };
  const parsed = contactMessageSchema.safeParse(form);
  if (parsed.success) return { spam: false, message: parsed.data };
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});
export type ContactSubmission = { spam: true } | { spam: false; message: ContactMessage };

/** Five messages an hour from one address is plenty for a person and little use to a spammer. */
export const contactRateLimit = {
  keyPrefix: "contact",
  points: 5,
  durationSeconds: 60 * 60,
  message: "You have sent several messages in a short time. Please wait an hour, or write to us by e-mail.",
};

export type ContactDeps = { clientIp: string; rateLimits: RateLimits; shopEmail: string; publicUrl: string };

/** Answers the same whether the message was kept or silently dropped as spam. */
export async function submitContactMessage(db: DbOrTx, submission: ContactSubmission, deps: ContactDeps): Promise<{ sent: true }> {
  if (submission.spam) return { sent: true };
  const { name, email, subject, message } = submission.message;
  // Counted only for messages that would be kept, so a typo does not use up the shopper's allowance.
  await deps.rateLimits.limiter(contactRateLimit).consume(deps.clientIp);
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(contactMessages).values({ name, email, subject, message }).returning({ id: contactMessages.id });
    await enqueueMail(tx, ownerMail({ to: deps.shopEmail, id: row!.id, name, email, subject, message }), { jobKey: `contact-message-${row!.id}` });
    await enqueueMail(tx, acknowledgementMail({ to: email, id: row!.id, publicUrl: deps.publicUrl, shopEmail: deps.shopEmail }), { jobKey: `contact-acknowledgement-${row!.id}` });
  });
  return { sent: true };
}
