import { makeWorkerUtils, type Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../../db/embedded";
import { testEnv } from "../../test/app-server";
import { checkoutSessionEvent, paidSession, startCheckout, webhookDeliverer } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { capturingLogger, ERROR_LEVEL } from "../../test/log-capture";
import { headerOf, startSmtpServer, type TestSmtpServer } from "../../test/smtp-server";
import { enqueueMail } from "../../server/integrations/mail/enqueue";
import { createStorage } from "../../server/integrations/storage/index";
import { createMailer } from "../../server/integrations/mail/mailer";
import { createPayments } from "../../server/integrations/payments/index";
import { createLogger } from "../../server/log";
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
    // enqueueJob refuses such a payload, so it is added as a job from an older release or a hand would be.
    await database.sql`select graphile_worker.add_job('send_mail', ${JSON.stringify({ to: "nobody", subject: "Broken" })}::json, max_attempts => 1)`;
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

// Its own database, so the worker above, whose SMTP server is up, never takes this job; and a port
// where nothing listens (hooks registered inside a test never run, so all of this is made here).
const outage = await testDatabase();
const smtpPort = await freePort();
const outageEnv = testEnv({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, STRIPE_WEBHOOK_SECRET: "whsec_smtp_outage" });

describe("an order confirmation while the SMTP server is down", () => {
  let outageRunner: Runner | undefined;
  afterAll(() => outageRunner?.stop());

  async function mailJob() {
    const [job] = await outage.sql<{ id: string; attempts: number; last_error: string | null; waiting: boolean }[]>`
      select id, attempts, last_error, (locked_at is null and run_at > now()) as waiting
      from graphile_worker.jobs where task_identifier = 'send_order_confirmation'`;
    return job;
  }

  it("fails an order confirmation while nothing listens, keeps it for a retry with the error, and delivers it once when SMTP is back", async () => {
    const payments = createPayments(outageEnv);
    const checkout = await startCheckout(outage.db, payments, { email: "patient.buyer@example.com" });
    const delivery = await webhookDeliverer({ db: outage.db, env: outageEnv, payments, log: createLogger("silent") }, "whsec_smtp_outage").deliver(
      checkoutSessionEvent("checkout.session.completed", paidSession(checkout)),
    );
    expect(delivery.body.outcome).toBe("applied");
    const [order] = await outage.sql<{ number: string }[]>`select number from orders where checkout_id = ${checkout.id}`;
    const subject = `Your Printroom order ${order!.number}`;

    const { log: outageLog, lines } = capturingLogger();
    outageRunner = await startWorker({
      connectionString: outage.url,
      deps: { db: outage.db, env: outageEnv, log: outageLog, mailer: createMailer(outageEnv, outage.db), storage: createStorage(outageEnv) },
      schedule: "",
      pollInterval: 100,
    });

    // Connection refused: the attempt fails, and the job waits for graphile-worker's retry with the error on it.
    await vi.waitFor(
      async () => {
        const job = await mailJob();
        expect(job?.attempts).toBeGreaterThanOrEqual(1);
        expect(job?.last_error).toMatch(/ECONNREFUSED/);
        expect(job?.waiting).toBe(true);
      },
      { timeout: 15_000, interval: 50 },
    );
    const failure = lines.find((l) => l.msg === "sending the order confirmation failed; the job will be retried" && l.attempt === 1);
    expect(failure).toMatchObject({ level: ERROR_LEVEL, orderNumber: order!.number, maxAttempts: 10 });
    expect(failure?.jobId).toBeDefined();
    expect(JSON.stringify(failure?.err)).toMatch(/ECONNREFUSED/);
    const [outbox] = await outage.sql<{ n: number }[]>`select count(*)::int as n from mail_outbox`;
    expect(outbox!.n).toBe(0);

    // The mail server comes back on the same port; the retry is brought forward rather than waiting out the backoff.
    const smtp = await startSmtpServer({ port: smtpPort });
    try {
      const utils = await makeWorkerUtils({ connectionString: outage.url });
      try {
        const job = await mailJob();
        // Not found or not updated means a retry is already under way, which now reaches the server too.
        if (job) await utils.rescheduleJobs([job.id], { runAt: new Date() });
      } finally {
        await utils.release();
      }

      await vi.waitFor(async () => expect(await mailJob()).toBeUndefined(), { timeout: 20_000, interval: 50 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual(["patient.buyer@example.com"]);
      expect(headerOf(smtp.received[0]!.raw, "Subject")).toBe(subject);
      expect(smtp.received[0]!.raw).toContain(`Order number: ${order!.number}`);
    } finally {
      await smtp.close();
    }
  });
});
