// Sends a gift card to its recipient at the delivery time. A failure is logged with the card and
// thrown, so graphile-worker retries it with backoff and the card stays unsent (findings 31, 41).
import type { Task } from "graphile-worker";
import { deliverGiftCard } from "../../server/giftcards/delivery";
import { parseJobPayload } from "../../server/jobs/registry";
import type { WorkerDeps } from "../deps";

export function sendGiftCard(deps: Pick<WorkerDeps, "db" | "env" | "mailer" | "log">): Task {
  return async (payload, helpers) => {
    const job = parseJobPayload("send_gift_card", payload);
    const context = { jobId: helpers.job.id, giftCardId: job.giftCardId, attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts };
    try {
      const outcome = await deliverGiftCard(deps, job);
      if (outcome === "card_inactive") deps.log.warn(context, "gift card not delivered: the card was deactivated before its delivery date");
      else deps.log.info({ ...context, outcome }, "gift card delivered");
    } catch (error) {
      deps.log.error({ ...context, err: error }, "sending the gift card failed; the job will be retried");
      throw error;
    }
  };
}
