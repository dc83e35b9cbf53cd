// Renders and sends an order's shipping mail from the stored order. A failure is logged with the
// order number and thrown, so graphile-worker retries it with backoff.
import type { Task } from "graphile-worker";
import { parseJobPayload } from "../../server/jobs/registry";
import { sendShippingMail } from "../../server/orders/shipping-mail";
import type { WorkerDeps } from "../deps";

export function sendShippingMailTask(deps: Pick<WorkerDeps, "db" | "env" | "mailer" | "log">): Task {
  return async (payload, helpers) => {
    const job = parseJobPayload("send_shipping_mail", payload);
    try {
      await sendShippingMail(deps, job);
    } catch (error) {
      deps.log.error(
        { err: error, jobId: helpers.job.id, orderNumber: job.orderNumber, attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts },
        "sending the shipping mail failed; the job will be retried",
      );
      throw error;
    }
  };
}
