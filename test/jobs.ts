// Reads queued graphile-worker jobs with their payloads (the public `jobs` view leaves payloads out).
import { expect } from "vitest";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import type { JobName } from "../server/jobs/registry";

export type QueuedJob<P = Record<string, unknown>> = { task: string; key: string | null; payload: P; attempts: number; lastError: string | null };

export async function queuedJobs<P = Record<string, unknown>>(db: DbOrTx, where: { key?: string; task?: JobName } = {}): Promise<QueuedJob<P>[]> {
  return db.execute<QueuedJob<P>>(sql`
    select t.identifier as task, j.key, j.payload, j.attempts, j.last_error as "lastError"
    from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    where (${where.key ?? null}::text is null or j.key = ${where.key ?? null})
      and (${where.task ?? null}::text is null or t.identifier = ${where.task ?? null})
    order by j.id`);
}

/**
 * The queued jobs, asked again until the expectation holds: graphile-worker 0.17's runOnce can
 * resolve before the completion of its last job is written (the worker does not await it).
 */
export const settledQueuedJobs = (db: DbOrTx, where: { key?: string; task?: JobName } = {}) => expect.poll(() => queuedJobs(db, where), { timeout: 10_000 });
