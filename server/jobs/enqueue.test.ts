import type { Runner, Task } from "graphile-worker";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { queuedJobs } from "../../test/jobs";
import { startWorker } from "../../workers/runner";
import { createLogger } from "../log";
import { createStorage } from "../integrations/storage/index";
import { createMailer } from "../integrations/mail/mailer";
import { enqueueJob } from "./enqueue";

const database = await testDatabase();
const env = testEnv();
const log = createLogger("silent");

// The queue's behaviour is the same for every job: a send_mail job whose task only records its run.
const mail = (marker: string) => ({ to: "buyer@example.com", subject: marker, html: "<p>Thank you</p>", text: "Thank you" });
const runs: { marker: string; attempt: number }[] = [];
const recordRun: Task = async (payload, helpers) => {
  runs.push({ marker: (payload as { subject: string }).subject, attempt: helpers.job.attempts });
};
const runsOf = (marker: string) => runs.filter((r) => r.marker === marker);

async function pendingJobs(): Promise<number> {
  const [row] = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs`);
  return row?.n ?? -1;
}

let runner: Runner | undefined;
async function ensureWorker(): Promise<void> {
  runner ??= await startWorker({
    connectionString: database.url,
    deps: { db: database.db, env, log, mailer: createMailer(env, database.db), storage: createStorage(env) },
    tasks: { send_mail: recordRun },
    schedule: "",
    concurrency: 1,
    pollInterval: 100,
  });
}
afterAll(() => runner?.stop());

class Rollback extends Error {}

describe("enqueueJob", () => {
  it("runs jobs with one job key, enqueued by two committed transactions, once", async () => {
    await database.db.transaction((tx) => enqueueJob(tx, "send_mail", mail("keyed"), { jobKey: "keyed-1" }));
    await database.db.transaction((tx) => enqueueJob(tx, "send_mail", mail("keyed"), { jobKey: "keyed-1" }));
    expect(await pendingJobs()).toBe(1);
    await ensureWorker();
    await vi.waitFor(() => expect(runsOf("keyed")).toHaveLength(1), { timeout: 10_000, interval: 50 });
  });

  it("runs a job enqueued in a committed transaction exactly once, after the commit", async () => {
    await ensureWorker();
    let ranBeforeCommit = false;
    await database.db.transaction(async (tx) => {
      await enqueueJob(tx, "send_mail", mail("committed"));
      // The worker polls every 100 ms; give it the chance to (wrongly) see an uncommitted job.
      await new Promise((resolve) => setTimeout(resolve, 300));
      ranBeforeCommit = runsOf("committed").length > 0;
    });
    expect(ranBeforeCommit).toBe(false);
    await vi.waitFor(() => expect(runsOf("committed")).toHaveLength(1), { timeout: 10_000, interval: 50 });
    await vi.waitFor(async () => expect(await pendingJobs()).toBe(0), { timeout: 5_000, interval: 50 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(runsOf("committed")).toEqual([{ marker: "committed", attempt: 1 }]);
  });

  it("never runs a job enqueued in a transaction that rolled back", async () => {
    await ensureWorker();
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueJob(tx, "send_mail", mail("rolled-back"));
        throw new Rollback("the write this job belonged to failed");
      }),
    ).rejects.toBeInstanceOf(Rollback);
    // A job committed afterwards on the same single-slot worker proves the queue has moved past it.
    await database.db.transaction((tx) => enqueueJob(tx, "send_mail", mail("after-rollback")));
    await vi.waitFor(() => expect(runsOf("after-rollback")).toHaveLength(1), { timeout: 10_000, interval: 50 });
    expect(await pendingJobs()).toBe(0);
    expect(runsOf("rolled-back")).toEqual([]);
  });

  it("throws for a job name or a payload the registry does not allow, and adds no job", async () => {
    // Each wrong call below must also fail to compile: if one ever compiles, tsc fails on its directive.
    // @ts-expect-error a task name the registry does not list
    await expect(enqueueJob(database.db, "send_mial", mail("typo"))).rejects.toThrow(/no job is called "send_mial"/);
    // @ts-expect-error a send_mail payload is a whole mail
    await expect(enqueueJob(database.db, "send_mail", { to: "buyer@example.com", subject: "no body" })).rejects.toThrow(/invalid payload for the send_mail job/);
    // @ts-expect-error a photo id is a number
    await expect(enqueueJob(database.db, "generate_image_derivatives", { photoId: "7" })).rejects.toThrow(/photoId/);
    // What the types cannot see, the schema does.
    await expect(enqueueJob(database.db, "generate_image_derivatives", { photoId: -1 })).rejects.toThrow(/invalid payload for the generate_image_derivatives job/);
    const queued = await queuedJobs<{ subject?: string }>(database.db);
    expect(queued.filter((job) => job.task !== "send_mail" || job.payload.subject === "no body")).toEqual([]);
  });
});
