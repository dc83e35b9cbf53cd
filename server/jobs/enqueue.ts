// Enqueues a graphile-worker job with SQL on the caller's connection, so a job added inside a
// transaction commits or rolls back with the write it belongs to.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

export type JobOptions = { jobKey?: string; runAt?: Date; maxAttempts?: number; queueName?: string };

export async function enqueueJob(db: DbOrTx, task: string, payload: Record<string, unknown>, options: JobOptions = {}): Promise<void> {
  await db.execute(sql`select graphile_worker.add_job(
    ${task},
    ${JSON.stringify(payload)}::json,
    queue_name => ${options.queueName ?? null},
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 10},
    job_key => ${options.jobKey ?? null}
  )`);
}
