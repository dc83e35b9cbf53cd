import type { Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { capturingLogger, ERROR_LEVEL } from "../../test/log-capture";
import { headerOf, startSmtpServer, type TestSmtpServer } from "../../test/smtp-server";
import { enqueueMail } from "../../server/integrations/mail/enqueue";
import { createStorage } from "../../server/integrations/storage/index";
import { createMailer } from "../../server/integrations/mail/mailer";
import { enqueueJob } from "../../server/jobs/enqueue";
import { startWorker } from "../runner";

const database = await testDatabase();

const { log, lines: logLines } = capturingLogger();

/** Like a busy mail server, refuses the first delivery of every message whose subject starts "Retry". */
const refusedOnce = new Set<string>();
function refuseFirstRetryDelivery({ raw }: { raw: string }): boolean {
  const subject = headerOf(raw, "Subject") ?? "";
  if (!subject.startsWith("Retry") || refusedOnce.has(subject)) return false;
  refusedOnce.add(subject);
  return true;
}

let smtp: TestSmtpServer;
let runner: Runner;
beforeAll(async () => {
  smtp = await startSmtpServer({ failDelivery: refuseFirstRetryDelivery });
  const env = testEnv({ SMTP_URL: smtp.url });
  runner = await startWorker({
    connectionString: database.url,
    deps: { db: database.db, env, log, mailer: createMailer(env, database.db), storage: createStorage(env) },
    schedule: "",
    pollInterval: 100,
  });
});
afterAll(() => runner.stop());

const deliveredWith = (subject: string) => smtp.received.filter((m) => headerOf(m.raw, "Subject") === subject);

async function jobsOf(task: string) {
  return database.sql<{ attempts: number; last_error: string | null }[]>`
    select attempts, last_error from graphile_worker.jobs where task_identifier = ${task}`;
}

describe("the send_mail task", () => {
  it("delivers a mail enqueued in a committed transaction over SMTP, once", async () => {
    await database.db.transaction((tx) =>
      enqueueMail(tx, { to: "buyer@example.com", subject: "Order PR-1001 confirmed", html: "<p>Thank you</p>", text: "Thank you" }, { jobKey: "order-confirmation:PR-1001" }),
    );
    await vi.waitFor(() => expect(deliveredWith("Order PR-1001 confirmed")).toHaveLength(1), { timeout: 10_000, interval: 50 });
    await vi.waitFor(async () => expect(await jobsOf("send_mail")).toEqual([]), { timeout: 5_000, interval: 50 });
    expect(deliveredWith("Order PR-1001 confirmed")[0]!.to).toEqual(["buyer@example.com"]);
  });

  it("throws when delivery fails, logs it with the job's context, and succeeds on graphile-worker's retry", async () => {
    const subject = "Retry: your gift card";
    await database.db.transaction((tx) => enqueueMail(tx, { to: "friend@example.com", subject, html: "<p>A gift</p>", text: "A gift" }));

    // Between the failure and the retry the job waits, holding its attempt count and the error.
    await vi.waitFor(
      async () => {
        const [job] = await jobsOf("send_mail");
        expect(job?.attempts).toBe(1);
        expect(job?.last_error).toMatch(/451/);
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(deliveredWith(subject)).toEqual([]);
    const failure = logLines.find((l) => l.msg === "sending mail failed; the job will be retried" && l.subject === subject);
    expect(failure).toMatchObject({ level: ERROR_LEVEL, to: "friend@example.com", attempt: 1, maxAttempts: 10 });
    expect(failure?.jobId).toBeDefined();
    expect(JSON.stringify(failure?.err)).toMatch(/451/);

    await vi.waitFor(() => expect(deliveredWith(subject)).toHaveLength(1), { timeout: 15_000, interval: 100 });
    await vi.waitFor(async () => expect(await jobsOf("send_mail")).toEqual([]), { timeout: 5_000, interval: 50 });
  });

  it("fails a job whose payload is not a mail, sending nothing", async () => {
    const before = smtp.attempts();
    await database.db.transaction((tx) => enqueueJob(tx, "send_mail", { to: "nobody", subject: "Broken" }, { maxAttempts: 1 }));
    await vi.waitFor(
      async () => {
        const [job] = await jobsOf("send_mail");
        expect(job?.attempts).toBe(1);
        expect(job?.last_error).toMatch(/to|html|text/);
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(smtp.attempts()).toBe(before);
  });
});
