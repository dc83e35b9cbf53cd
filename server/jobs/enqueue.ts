// Enqueues a graphile-worker job with SQL on the caller's connection, so a job added inside a
// transaction commits or rolls back with the write it belongs to.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { selectStatement } from "../../db/statement";

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

export async function enqueueJob(db: DbOrTx, task: string, payload: Record<string, unknown>, options: JobOptions = {}): Promise<void> {
  await addJob(db, {
    task,
    payload: JSON.stringify(payload),
    queueName: options.queueName ?? null,
    runAt: options.runAt?.toISOString() ?? null,
    maxAttempts: options.maxAttempts ?? 10,
    jobKey: options.jobKey ?? null,
  });
}
