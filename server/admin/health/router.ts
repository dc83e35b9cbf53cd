// The `admin.health` procedures: troubled background jobs and payment anomalies, and a retry, for
// the owner's own scripts; the same services and audit rows as the back office's health page.
import { router } from "../../trpc/init";
import { adminProcedure } from "../guard";
import { anomalyPageInput, listPaymentAnomalies } from "./payment-anomalies";
import { listTroubledJobs, retryJob, retryJobInput } from "./troubled-jobs";

export const adminHealthRouter = router({
  /** failed, stuck and retrying jobs with their last error (at most 100), and how many of each */
  jobs: adminProcedure.query(({ ctx }) => listTroubledJobs(ctx.db)),
  /** runs a failed or retrying job again now, with all its attempts */
  retryJob: adminProcedure.input(retryJobInput).mutation(({ ctx, input }) => retryJob(ctx.db, ctx.admin, input)),
  /** newest first; pass the answer's `nextBefore` as `before` for the next page */
  anomalies: adminProcedure.input(anomalyPageInput).query(({ ctx, input }) => listPaymentAnomalies(ctx.db, input)),
});
