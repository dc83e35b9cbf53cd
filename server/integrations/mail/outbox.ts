// Reading the outbox for the development mail page.
import { desc } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { mailOutbox } from "../../../db/schema/mail";

export type OutboxMessage = { id: number; to: string; replyTo: string | null; subject: string; html: string; text: string; createdAt: Date };

export async function listOutbox(db: DbOrTx, limit = 50): Promise<OutboxMessage[]> {
  return db
    .select({ id: mailOutbox.id, to: mailOutbox.to, replyTo: mailOutbox.replyTo, subject: mailOutbox.subject, html: mailOutbox.html, text: mailOutbox.text, createdAt: mailOutbox.createdAt })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit);
}
