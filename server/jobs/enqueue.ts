// Enqueues a graphile-worker job with SQL on the caller's connection, so a job added inside a
// transaction commits or rolls back with the write it belongs to. Task names and payloads are
// those of server/jobs/registry.ts.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { selectStatement } from "../../db/statement";
import { isJobName, jobPayloads, type JobName, type JobPayload } from "./registry";

export type JobOptions = { jobKey?: string; runAt?: Date; maxAttempts?: number; queueName?: string };

// A select from the function, not `execute`, so it can go as a prepared statement.
const addJob = selectStatement("add_job", (db) =>
  db.select({ id: sql<string>`job.id` }).from(sql`graphile_worker.add_job(
    ${sql.placeholder("task")},
    ${sql.placeholder("payload")}::json,
    queue_name => ${sql.placeholder("queueName")},
    run_at => ${sql.placeholder("runAt")}::timestamptz,
    max_attempts => ${sql.placeholder("maxAttempts")},
    job_key => ${sql.placeholder("jobKey")}
  ) as job`),
);

/**
 * The types make a wrong name or payload a compile error; the check here catches what the types
 * cannot (a string past its length limit, a negative id). Either is a bug in the caller, so it
 * throws rather than leave a job that can only fail: input from users is checked before this.
 */
export async function enqueueJob<N extends JobName>(db: DbOrTx, task: N, payload: JobPayload<N>, options: JobOptions = {}): Promise<void> {
  if (!isJobName(task)) throw new Error(`no job is called ${JSON.stringify(task)}: add it to server/jobs/registry.ts`);
  const checked = jobPayloads[task].safeParse(payload);
  if (!checked.success) throw new Error(`invalid payload for the ${task} job:\n${z.prettifyError(checked.error)}`, { cause: checked.error });
  await addJob(db, {
    task,
    payload: JSON.stringify(payload),
    queueName: options.queueName ?? null,
    runAt: options.runAt?.toISOString() ?? null,
    maxAttempts: options.maxAttempts ?? 10,
    jobKey: options.jobKey ?? null,
  });
}
