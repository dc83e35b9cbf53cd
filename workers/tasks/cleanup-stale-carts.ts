// Daily: deletes carts untouched for 30 days that no order references (finding 50).
import type { Task } from "graphile-worker";
import { deleteStaleCarts } from "../../server/checkout/stale-carts";
import { parseJobPayload } from "../../server/jobs/registry";
import type { WorkerDeps } from "../deps";

export function cleanupStaleCarts(deps: Pick<WorkerDeps, "db" | "log">): Task {
  return async (payload, helpers) => {
    const { olderThanDays } = parseJobPayload("cleanup_stale_carts", payload);
    const deleted = await deleteStaleCarts(deps.db, { olderThanDays });
    deps.log.info({ jobId: helpers.job.id, deleted, olderThanDays }, "stale carts deleted");
  };
}
