// Gives back gift card amounts held for checkouts that can no longer be paid but never reported
// their end (a lost expiry event). Holds of checkouts still open or awaiting a bank payment stay,
// however old. The day of grace lets a completion delayed by a webhook outage (Stripe retries for
// days) still find its hold, instead of having to take the card's money again (decision 011).
import type { Task } from "graphile-worker";
import { releaseHoldsOfEndedCheckouts } from "../../server/checkout/ended-checkout-holds";
import { parseJobPayload } from "../../server/jobs/registry";
import type { WorkerDeps } from "../deps";

export function releaseStaleGiftCardHolds(deps: Pick<WorkerDeps, "db" | "log">): Task {
  return async (payload, helpers) => {
    const { olderThanHours } = parseJobPayload("release_stale_gift_card_holds", payload);
    const released = await releaseHoldsOfEndedCheckouts(deps.db, new Date(Date.now() - olderThanHours * 60 * 60 * 1000));
    if (released > 0) deps.log.warn({ jobId: helpers.job.id, released, olderThanHours }, "released gift card holds whose checkout ended without telling us");
  };
}
