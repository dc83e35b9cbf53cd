// Sends one message through the configured mailer. A failure is logged with its context and thrown,
// so graphile-worker retries it with backoff and keeps the error on the job (finding 41).
import type { Task } from "graphile-worker";
import { parseJobPayload } from "../../server/jobs/registry";
import type { WorkerDeps } from "../deps";

export function sendMail(deps: Pick<WorkerDeps, "mailer" | "log">): Task {
  return async (payload, helpers) => {
    const message = parseJobPayload("send_mail", payload);
    try {
      await deps.mailer.send(message);
    } catch (error) {
      deps.log.error(
        { err: error, jobId: helpers.job.id, attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts, to: message.to, subject: message.subject },
        "sending mail failed; the job will be retried",
      );
      throw error;
    }
  };
}
