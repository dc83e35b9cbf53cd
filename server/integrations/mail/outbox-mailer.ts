// Without SMTP, "sending" writes the message to mail_outbox, where /dev/mail shows it.
import type { DbOrTx } from "../../../db/client";
import { mailOutbox } from "../../../db/schema/mail";
import type { Mailer } from "./message";

export function createOutboxMailer(db: DbOrTx): Mailer {
  return {
    async send(message) {
      await db.insert(mailOutbox).values({
        to: message.to,
        replyTo: message.replyTo ?? null,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: message.headers ?? null,
        sentAt: new Date(),
      });
    },
  };
}
