// Daily: deletes carts untouched for 30 days that no order references (finding 50).
import type { Task } from "graphile-worker";
import { z } from "zod";
import { deleteStaleCarts, STALE_CART_DAYS } from "../../server/checkout/stale-carts";
import type { WorkerDeps } from "../deps";

const payloadSchema = z.looseObject({ olderThanDays: z.number().int().min(1).default(STALE_CART_DAYS) });

export function cleanupStaleCarts(deps: Pick<WorkerDeps, "db" | "log">): Task {
  return async (payload, helpers) => {
    const { olderThanDays } = payloadSchema.parse(payload ?? {});
    const deleted = await deleteStaleCarts(deps.db, { olderThanDays });
    deps.log.info({ jobId: helpers.job.id, deleted, olderThanDays }, "stale carts deleted");
  };
}
