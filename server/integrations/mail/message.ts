// What a mail is, checked when it is enqueued and again when the send_mail job picks it up.
import { z } from "zod";

/** One line, so a subject can never smuggle extra headers into the message. */
const headerText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((s) => !/[\r\n]/.test(s), "must be a single line");

/**
 * The only extra headers a message may carry. A closed list, not any name: a caller's header must
 * never replace one nodemailer sets (From, To, Content-Type) or add a Bcc.
 */
export const EXTRA_HEADER_NAMES = ["List-Unsubscribe", "List-Unsubscribe-Post"] as const;
export type ExtraHeaderName = (typeof EXTRA_HEADER_NAMES)[number];

/** A header's value: one line (no CR or LF, so no header injection), printable, under RFC 5322's 998. */
const extraHeaderValue = z
  .string()
  .min(1)
  .max(900)
  .refine((s) => !/[\r\n\0]/.test(s), "must be a single line");

const extraHeaders = z.partialRecord(z.enum(EXTRA_HEADER_NAMES), extraHeaderValue);

export const mailMessageSchema = z.object({
  to: z.email(),
  subject: headerText,
  html: z.string().min(1).max(500_000),
  text: z.string().min(1).max(200_000),
  replyTo: z.email().optional(),
  headers: extraHeaders.optional(),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;

export type Mailer = {
  /** delivers the message or throws; callers (the send_mail job) retry on a throw */
  send(message: MailMessage): Promise<void>;
};
