// The contact form: a message is stored and its e-mail to the studio enqueued in one transaction;
// bots that fill the hidden honeypot field get the same thanks and leave nothing behind (finding 45).
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { contactMessages } from "../../db/schema/index";
import { badInput } from "../errors";
import type { RateLimits } from "../rate-limits/rate-limits";
import { enqueueMail } from "../integrations/mail/enqueue";
import { emailSchema } from "../newsletter/subscribe";
import { HONEYPOT_FIELD } from "./honeypot";
import { ownerMail } from "./owner-mail";


const singleLine = (max: number, what: string) =>
  z
    .string({ error: `Please enter ${what}.` })
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, { error: `Please keep ${what} under ${max} characters.` }));

export const contactMessageSchema = z.object({
  name: singleLine(100, "your name").pipe(z.string().min(1, { error: "Please enter your name." })),
  email: emailSchema,
  subject: singleLine(150, "the subject").optional().default(""),
  message: z
    .string({ error: "Please write a message." })
    .trim()
    .min(1, { error: "Please write a message." })
    .max(5000, { error: "Please keep the message under 5000 characters." }),
  [HONEYPOT_FIELD]: z.unknown().optional(),
});

export type ContactMessageInput = z.input<typeof contactMessageSchema>;

/** Five messages an hour from one address is plenty for a person and little use to a spammer. */
export const contactRateLimit = {
  keyPrefix: "contact",
  points: 5,
  durationSeconds: 60 * 60,
  message: "You have sent several messages in a short time. Please wait an hour, or write to us by e-mail.",
};

export type ContactDeps = { clientIp: string; rateLimits: RateLimits; shopEmail: string };

/** Answers the same whether the message was kept or silently dropped as spam. */
export async function submitContactMessage(db: DbOrTx, rawInput: unknown, deps: ContactDeps): Promise<{ sent: true }> {
  const honeypot = (rawInput as Record<string, unknown> | null)?.[HONEYPOT_FIELD];
  if (typeof honeypot === "string" ? honeypot.trim() !== "" : honeypot !== undefined && honeypot !== null) return { sent: true };
  const parsed = contactMessageSchema.safeParse(rawInput);
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((i) => i.message))].join(" "));
  const { name, email, subject, message } = parsed.data;
  // Counted only for messages that would be kept, so a typo does not use up the shopper's allowance.
  await deps.rateLimits.limiter(contactRateLimit).consume(deps.clientIp);
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(contactMessages).values({ name, email, subject, message }).returning({ id: contactMessages.id });
    await enqueueMail(tx, ownerMail({ to: deps.shopEmail, id: row!.id, name, email, subject, message }), { jobKey: `contact-message-${row!.id}` });
  });
  return { sent: true };
}
