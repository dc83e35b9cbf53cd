// Renders and sends an order's confirmation mail from the stored order. A failure is logged with
// the order number and thrown, so graphile-worker retries it with backoff (finding 41).
import type { Task } from "graphile-worker";
import { sendOrderConfirmation } from "../../server/orders/confirmation-mail";
import { parseJobPayload } from "../../server/jobs/registry";
import type { WorkerDeps } from "../deps";

export function sendOrderConfirmationTask(deps: Pick<WorkerDeps, "db" | "env" | "mailer" | "log">): Task {
  return async (payload, helpers) => {
    const job = parseJobPayload("send_order_confirmation", payload);
    try {
      await sendOrderConfirmation(deps, job);
    } catch (error) {
      deps.log.error(
        { err: error, jobId: helpers.job.id, orderNumber: job.orderNumber, attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts },
        "sending the order confirmation failed; the job will be retried",
      );
      throw error;
    }
  };
}
