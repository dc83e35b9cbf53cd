// A job worker killed (-9) while it holds a mail job: the supervisor frees the job the moment the
// child dies (forceUnlockWorkers with the worker ids the child reported), so the replacement sends
// the mail within seconds instead of graphile-worker's 4 hours, and sends it exactly once more.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { atFileEnd } from "../../test/cleanup";
import { createTestDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { ensureFreshBuild, startStore } from "../../test/store-process";

/** An SMTP server that takes the first message and never answers it (the job stays running), and accepts the rest. */
async function startHoldingSmtpServer() {
  const deliveries: { attempt: number; at: number; accepted: boolean }[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () => {
        const attempt = deliveries.length + 1;
        deliveries.push({ attempt, at: Date.now(), accepted: attempt > 1 });
        if (attempt > 1) callback();
      });
    },
  });
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  atFileEnd(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, deliveries };
}

async function until<T>(check: () => Promise<T | undefined> | T | undefined, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(() => ensureFreshBuild(), 300_000);

describe("a job worker killed while it sends a mail", () => {
  it("is replaced, and its job runs again within 10 s of the replacement, exactly once more", async () => {
    const database = await createTestDatabase();
    atFileEnd(() => database.close());
    await createPhoto(database.db);
    const smtp = await startHoldingSmtpServer();
    const store = await startStore({ databaseUrl: database.url, env: { SMTP_URL: smtp.url } });
    const jobsChild = await store.waitForLine((line) => line.msg === "a jobs child is ready", 1_000);

    const message = { to: "shopper@example.com", subject: "Your order", html: "<p>Thank you</p>", text: "Thank you" };
    await database.sql`select graphile_worker.add_job('send_mail', ${JSON.stringify(message)}::json, job_key := 'kill-test-mail')`;
    await until(() => (smtp.deliveries.length === 1 ? true : undefined), "the first delivery to reach the mail server");
    const [held] = await database.sql<{ locked_by: string | null }[]>`select locked_by from graphile_worker.jobs where key = 'kill-test-mail'`;
    expect(held?.locked_by).toMatch(/^(pool|worker)-/);

    process.kill(jobsChild.pid!, "SIGKILL");
    const replacement = await store.waitForLine((line) => line.msg === "a new jobs child is ready", 15_000);
    await store.waitForLine((line) => line.msg === "unlocked the jobs of a dead job worker", 15_000);
    const delivered = await until(() => smtp.deliveries.find((delivery) => delivery.accepted), "the mail sent again", 15_000);
    expect(delivered.at - replacement.time).toBeLessThanOrEqual(10_000);

    await until(async () => ((await database.sql`select 1 from graphile_worker.jobs where key = 'kill-test-mail'`).length === 0 ? true : undefined), "the job to be done");
    // Long enough for a wrongly repeated run to reach the mail server (the worker polls each second).
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(smtp.deliveries.map((delivery) => delivery.accepted)).toEqual([false, true]);
    expect(await store.stop()).toBe(0);
  }, 90_000);
});
