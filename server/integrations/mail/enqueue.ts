// Mail goes out through the send_mail job, enqueued in the caller's transaction so a message is
// sent only if the write it announces (an order, a gift card) commits.
import type { DbOrTx } from "../../../db/client";
import { badInput } from "../../errors";
import { enqueueJob } from "../../jobs/enqueue";
import { mailMessageSchema, type MailMessage } from "./message";

export async function enqueueMail(tx: DbOrTx, message: MailMessage, options: { jobKey?: string } = {}): Promise<void> {
  // Checked here, not only in the worker: a bad address must fail the request, not retry for hours.
  const parsed = mailMessageSchema.safeParse(message);
  if (!parsed.success) throw badInput(`This message cannot be sent: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  await enqueueJob(tx, "send_mail", parsed.data, { jobKey: options.jobKey });
}
