import { sql } from "drizzle-orm";
import { Logger as WorkerLogger, runOnce } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../../db/schema/index";
import { testDatabase } from "../../../test/database";
import { settledQueuedJobs } from "../../../test/jobs";
import { DomainError } from "../../errors";
import { createAdminUser } from "../access/admin-users";
import { listTroubledJobs, retryJob, troubledJobCounts } from "./troubled-jobs";

const database = await testDatabase();
const db = database.db;
const owner = await createAdminUser(db, { email: "owner@example.com", password: "a long enough owner password" });
const quiet = new WorkerLogger(() => () => {});

async function rejection(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function addMailJob(key: string, maxAttempts: number): Promise<string> {
  const [job] = await db.execute<{ id: string }>(sql`
    select id::text as id from graphile_worker.add_job('send_mail', json_build_object('to', ${`${key}@example.com`}::text), job_key => ${key}::text, max_attempts => ${maxAttempts}::int)`);
  return job!.id;
}

/** One pass of a real graphile-worker whose mail server refuses everything. */
const runWithRefusingMailServer = () =>
  runOnce({
    connectionString: database.url,
    taskList: {
      send_mail: () => {
        throw new Error("451 4.3.0 mail server busy, try later");
      },
    },
    logger: quiet,
  });

describe("troubled background jobs", () => {
  it("lists failed, stuck and retrying jobs with their last error, and counts them", async () => {
    const failed = await addMailJob("failed-mail", 1);
    const retrying = await addMailJob("retrying-mail", 5);
    await runWithRefusingMailServer();
    const stuck = await addMailJob("stuck-mail", 5);
    const running = await addMailJob("running-mail", 5);
    // A worker that died holding these, long ago and just now (the private table: no public function locks a job).
    await db.execute(sql`update graphile_worker._private_jobs set locked_at = now() - interval '20 minutes', locked_by = 'lost-worker' where id = ${stuck}::bigint`);
    await db.execute(sql`update graphile_worker._private_jobs set locked_at = now() - interval '1 minute', locked_by = 'busy-worker' where id = ${running}::bigint`);
    await addMailJob("waiting-mail", 5);

    const { jobs, counts } = await listTroubledJobs(db);
    expect(counts).toEqual({ failed: 1, stuck: 1, retrying: 1 });
    expect(await troubledJobCounts(db)).toEqual(counts);
    expect(jobs.map((j) => [j.id, j.state, j.task, j.attempts, j.maxAttempts])).toEqual([
      [failed, "failed", "send_mail", 1, 1],
      [stuck, "stuck", "send_mail", 0, 5],
      [retrying, "retrying", "send_mail", 1, 5],
    ]);
    expect(jobs[0]!.lastError).toMatch(/451 4\.3\.0 mail server busy/);
    expect(jobs[1]!.lockedAt).toMatch(/^\d{4}-/);
  });

  it("retrying a failed job runs it again now with all its attempts, audited, and a worker then completes it", async () => {
    const [failed] = (await listTroubledJobs(db)).jobs.filter((j) => j.state === "failed");
    const retried = await retryJob(db, owner, { id: failed!.id });
    expect(retried).toMatchObject({ id: failed!.id, task: "send_mail", before: { attempts: 1 }, after: { attempts: 0 } });
    expect(Date.parse(retried.after.runAt)).toBeLessThanOrEqual(Date.now() + 1000);
    expect((await troubledJobCounts(db)).failed).toBe(0);
    const [audit] = await db.select().from(auditLog);
    expect(audit).toMatchObject({ adminUserId: owner.id, action: "job.retry", subjectType: "job", subjectId: failed!.id, before: { task: "send_mail", attempts: 1 }, after: { task: "send_mail", attempts: 0 } });

    const delivered: unknown[] = [];
    await runOnce({ connectionString: database.url, taskList: { send_mail: async (payload) => void delivered.push(payload) }, logger: quiet });
    expect(delivered).toContainEqual({ to: "failed-mail@example.com" });
    await settledQueuedJobs(db, { key: "failed-mail" }).toEqual([]);
  });

  it("refuses to retry a job a worker holds, one that has not failed, one that is gone, or a malformed id", async () => {
    const stuck = (await listTroubledJobs(db)).jobs.find((j) => j.state === "stuck")!;
    expect((await rejection(retryJob(db, owner, { id: stuck.id }))).kind).toBe("Conflict");
    const queued = await addMailJob("queued-mail", 5);
    expect((await rejection(retryJob(db, owner, { id: queued }))).message).toMatch(/not waiting for a retry/);
    expect((await rejection(retryJob(db, owner, { id: "999999999" }))).kind).toBe("NotFound");
    for (const id of ["abc", "-1", "0", "1".repeat(30)]) expect((await rejection(retryJob(db, owner, { id }))).kind).toBe("BadInput");
    expect(await db.select().from(auditLog)).toHaveLength(1);
  });
});
