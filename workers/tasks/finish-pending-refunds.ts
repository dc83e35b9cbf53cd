// Every few minutes: back-office refunds left pending (the process died, or the provider did not
// answer, between writing the refund row and completing it) are asked of the provider again with
// their own idempotency key and completed, so a crash never leaves one hanging (decision 025).
import type { Task } from "graphile-worker";
import { finishPendingRefunds } from "../../server/admin/orders/refund";
import { parseJobPayload } from "../../server/jobs/registry";
import type { WorkerDeps } from "../deps";

export function finishPendingRefundsTask(deps: Pick<WorkerDeps, "db" | "log" | "payments">): Task {
  return async (payload, helpers) => {
    const { olderThanMinutes } = parseJobPayload("finish_pending_refunds", payload);
    const { payments } = deps;
    if (!payments) {
      deps.log.debug({ jobId: helpers.job.id }, "pending refunds left alone: this worker has no payment provider");
      return;
    }
    const result = await finishPendingRefunds({ db: deps.db, payments, log: deps.log }, { olderThan: new Date(Date.now() - olderThanMinutes * 60_000) });
    if (result.succeeded + result.refused + result.noAnswer > 0) deps.log.warn({ jobId: helpers.job.id, ...result }, "finished refunds that were left pending");
  };
}
