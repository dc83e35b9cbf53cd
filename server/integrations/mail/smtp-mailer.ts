// Delivery through any SMTP server (SMTP_URL, e.g. smtps://user:pass@smtp.example.com:465).
import nodemailer from "nodemailer";
import type { Mailer } from "./message";

/**
 * A hung mail server must fail the job (which is retried), never hold a worker slot for minutes.
 * SMTP_URL's query overrides them, e.g. `smtps://user:pass@smtp.example.com:465?greetingTimeout=20000`.
 */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({ url: options.url, ...TIMEOUTS });
  const from = { name: "Printroom", address: options.from };
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        replyTo: message.replyTo,
        subject: message.subject,
        html: message.html,
        text: message.text,
        // already checked against the allow-list and for line breaks (message.ts)
        headers: message.headers,
      });
    },
  };
}
