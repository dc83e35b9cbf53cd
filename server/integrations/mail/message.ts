// What a mail is, checked when it is enqueued and again when the send_mail job picks it up.
import { z } from "zod";

/** One line, so a subject can never smuggle extra headers into the message. */
const headerText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((s) => !/[\r\n]/.test(s), "must be a single line");

export const mailMessageSchema = z.object({
  to: z.email(),
  subject: headerText,
  html: z.string().min(1).max(500_000),
  text: z.string().min(1).max(200_000),
  replyTo: z.email().optional(),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;

export type Mailer = {
  /** delivers the message or throws; callers (the send_mail job) retry on a throw */
  send(message: MailMessage): Promise<void>;
};
