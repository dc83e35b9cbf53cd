// Gives back gift card amounts held for checkouts that never settled because their expiry event
// was lost. Stripe sessions live at most 24 hours and normally report expiry themselves, so a
// hold still open a day later belongs to a checkout that cannot be paid any more.
import type { Task } from "graphile-worker";
import { z } from "zod";
import { releaseStaleHolds } from "../../server/giftcards/holds";
import type { WorkerDeps } from "../deps";

const payloadSchema = z.looseObject({ olderThanHours: z.number().positive().default(24) });

export function releaseStaleGiftCardHolds(deps: Pick<WorkerDeps, "db" | "log">): Task {
  return async (payload, helpers) => {
    const { olderThanHours } = payloadSchema.parse(payload ?? {});
    const released = await releaseStaleHolds(deps.db, new Date(Date.now() - olderThanHours * 60 * 60 * 1000));
    if (released > 0) deps.log.warn({ jobId: helpers.job.id, released, olderThanHours }, "released gift card holds whose checkout never settled");
  };
}
