// Background jobs that need a person: failed (every attempt used, so graphile-worker will not run
// them again), retrying (failed at least once, waiting for the next attempt) and stuck (locked by a
// worker for longer than any of our tasks takes). Read from graphile-worker's public `jobs` view and
// changed only through its own SQL functions, so nothing here depends on its private tables.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../../db/client";
import { badInput, conflict, notFound } from "../../errors";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";

/** Our slowest task (an image's derivatives) takes seconds; a lock this old means a worker was lost. */
export const STUCK_AFTER_MINUTES = 15;
export const TROUBLED_JOBS_SHOWN = 100;

export type JobState = "failed" | "stuck" | "retrying";

export type TroubledJob = {
  id: string;
  task: string;
  key: string | null;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: string;
  createdAt: string;
  lockedAt: string | null;
};

export type TroubledJobs = { jobs: TroubledJob[]; counts: Record<JobState, number> };

const stateOf = sql`case
  when locked_at < now() - make_interval(mins => ${STUCK_AFTER_MINUTES}) then 'stuck'
  when locked_at is null and attempts >= max_attempts then 'failed'
  when locked_at is null and attempts > 0 then 'retrying'
end`;

type JobRow = Omit<TroubledJob, "runAt" | "createdAt" | "lockedAt"> & { runAt: Date | string; createdAt: Date | string; lockedAt: Date | string | null };
const iso = (value: Date | string) => new Date(value).toISOString();

export async function listTroubledJobs(db: DbOrTx): Promise<TroubledJobs> {
  const rows = await db.execute<JobRow & { total: number }>(sql`
    with troubled as (
      select id, task_identifier, key, attempts, max_attempts, last_error, run_at, created_at, locked_at, updated_at, ${stateOf} as state
      from graphile_worker.jobs
    )
    select id::text as id, task_identifier as task, key, state, attempts, max_attempts as "maxAttempts", last_error as "lastError",
      run_at as "runAt", created_at as "createdAt", locked_at as "lockedAt"
    from troubled where state is not null
    order by array_position(array['failed', 'stuck', 'retrying'], state), updated_at desc, id desc
    limit ${TROUBLED_JOBS_SHOWN}`);
  return {
    jobs: rows.map((r) => ({ ...r, runAt: iso(r.runAt), createdAt: iso(r.createdAt), lockedAt: r.lockedAt === null ? null : iso(r.lockedAt) })),
    counts: await troubledJobCounts(db),
  };
}

export async function troubledJobCounts(db: DbOrTx): Promise<Record<JobState, number>> {
  const [row] = await db.execute<Record<JobState, number>>(sql`
    select count(*) filter (where state = 'failed')::int as failed, count(*) filter (where state = 'stuck')::int as stuck,
      count(*) filter (where state = 'retrying')::int as retrying
    from (select ${stateOf} as state from graphile_worker.jobs) as states`);
  return row!;
}

export const retryJobInput = z.object({ id: z.string({ error: "Choose a job." }).regex(/^[1-9]\d{0,17}$/, { error: "Choose a job." }) });

export type RetriedJob = { id: string; task: string; before: { attempts: number; runAt: string }; after: { attempts: number; runAt: string } };

/**
 * Runs a failed or retrying job again now, with all its attempts back (graphile_worker.reschedule_jobs).
 * A job a worker holds is not touched: that function skips locked jobs, and we say so.
 */
export async function retryJob(db: Db, admin: Pick<Admin, "id">, input: z.input<typeof retryJobInput>): Promise<RetriedJob> {
  const parsed = retryJobInput.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { id } = parsed.data;
  return db.transaction(async (tx) => {
    const [current] = await tx.execute<{ task: string; attempts: number; runAt: Date | string; state: JobState | null }>(sql`
      select task_identifier as task, attempts, run_at as "runAt", ${stateOf} as state from graphile_worker.jobs where id = ${id}::bigint`);
    if (!current) throw notFound("That job is no longer queued: it has run, or was removed.");
    if (current.state !== "failed" && current.state !== "retrying") throw conflict("That job is not waiting for a retry: it is queued to run, or a worker holds it.");
    const [rescheduled] = await tx.execute<{ attempts: number; runAt: Date | string }>(sql`
      select attempts, run_at as "runAt" from graphile_worker.reschedule_jobs(array[${id}::bigint], run_at => now(), attempts => 0)`);
    if (!rescheduled) throw conflict("A worker took that job just now; look again in a moment.");
    const retried = {
      id,
      task: current.task,
      before: { attempts: current.attempts, runAt: iso(current.runAt) },
      after: { attempts: rescheduled.attempts, runAt: iso(rescheduled.runAt) },
    };
    await recordAudit(tx, { adminUserId: admin.id, action: "job.retry", subject: { type: "job", id }, before: { task: retried.task, ...retried.before }, after: { task: retried.task, ...retried.after } });
    return retried;
  });
}
