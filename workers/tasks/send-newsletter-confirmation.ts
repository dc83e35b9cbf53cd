// Sends a new subscriber the mail with the link that confirms the address (double opt-in).
import type { Task } from "graphile-worker";
import { sendNewsletterConfirmation } from "../../server/newsletter/confirmation";
import { parseJobPayload } from "../../server/jobs/registry";
import type { WorkerDeps } from "../deps";

export function sendNewsletterConfirmationTask(deps: Pick<WorkerDeps, "db" | "env" | "mailer" | "log">): Task {
  return async (payload, helpers) => {
    const job = parseJobPayload("send_newsletter_confirmation", payload);
    try {
      await sendNewsletterConfirmation(deps, job);
    } catch (error) {
      deps.log.error(
        { err: error, jobId: helpers.job.id, subscriberId: job.subscriberId, attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts },
        "sending the newsletter confirmation failed; the job will be retried",
      );
      throw error;
    }
  };
}
