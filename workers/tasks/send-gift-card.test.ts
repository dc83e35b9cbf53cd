import { eq } from "drizzle-orm";
import type { Runner } from "graphile-worker";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { giftCards, mailOutbox } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { headerOf, startSmtpServer, type TestSmtpServer } from "../../test/smtp-server";
import { deliverGiftCard } from "../../server/giftcards/delivery";
import { issueGiftCard, type IssueGiftCardInput } from "../../server/giftcards/issue";
import { createMailer } from "../../server/integrations/mail/mailer";
import { createStorage } from "../../server/integrations/storage/index";
import { startWorker } from "../runner";

const database = await testDatabase();
const db = database.db;

type LogLine = { level: number; msg: string; [key: string]: unknown };
const logLines: LogLine[] = [];
const log = pino({ level: "info", base: undefined }, { write: (line: string) => void logLines.push(JSON.parse(line) as LogLine) });

/** A busy mail server for one recipient: the first delivery to them is refused with a 451. */
const FLAKY_RECIPIENT = "flaky@example.com";
let refused = 0;
const refuseFirstToFlaky = ({ raw }: { raw: string }) => headerOf(raw, "To") === FLAKY_RECIPIENT && refused++ === 0;

let smtp: TestSmtpServer;
let runner: Runner;
const env = testEnv();
beforeAll(async () => {
  smtp = await startSmtpServer({ failDelivery: refuseFirstToFlaky });
  const smtpEnv = { ...env, SMTP_URL: smtp.url };
  runner = await startWorker({
    connectionString: database.url,
    deps: { db, env: smtpEnv, log, mailer: createMailer(smtpEnv, db), storage: createStorage(env) },
    schedule: "",
    pollInterval: 100,
  });
});
afterAll(() => runner.stop());

let n = 0;
async function buyGiftCard(overrides: Partial<IssueGiftCardInput> = {}) {
  n++;
  const input: IssueGiftCardInput = {
    amountCents: 5000,
    recipientName: "Grace Hopper",
    recipientEmail: `grace-${n}@example.com`,
    senderName: "Alan",
    message: "Something for the new flat <3",
    buyerEmail: `alan-${n}@example.com`,
    subscribe: false,
    stripeCheckoutId: `cs_delivery_${n}`,
    stripePaymentIntent: `pi_delivery_${n}`,
    ...overrides,
  };
  return db.transaction((tx) => issueGiftCard(tx, env, input));
}

const cardRow = async (id: number) => (await db.select().from(giftCards).where(eq(giftCards.id, id)))[0]!;
const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
const giftCardJobs = () => database.sql<{ attempts: number; last_error: string | null }[]>`select attempts, last_error from graphile_worker.jobs where task_identifier = 'send_gift_card'`;

describe("the send_gift_card task", () => {
  it("mails the recipient their code, then marks the card sent; the buyer gets a confirmation without the code", async () => {
    const { giftCard, code } = await buyGiftCard();
    await vi.waitFor(() => expect(mailsTo(giftCard.recipientEmail)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    const mail = mailsTo(giftCard.recipientEmail)[0]!;
    expect(headerOf(mail.raw, "Subject")).toBe("Alan sent you a Printroom gift card");
    expect(mail.raw).toContain(code!);
    expect(mail.raw).toContain("&lt;3");
    await vi.waitFor(async () => expect(await cardRow(giftCard.id)).toMatchObject({ isSent: true, sentAt: expect.any(Date) }), { timeout: 5_000, interval: 50 });

    await vi.waitFor(() => expect(mailsTo(giftCard.buyerEmail)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    const confirmation = mailsTo(giftCard.buyerEmail)[0]!;
    expect(confirmation.raw).toContain(giftCard.codeLast4);
    expect(confirmation.raw).not.toContain(code!);
  });

  it("leaves the card unsent while the mail fails, logs the failure, and marks it sent once a retry gets through", async () => {
    const { giftCard, code } = await buyGiftCard({ recipientEmail: FLAKY_RECIPIENT });
    await vi.waitFor(
      async () => {
        const [job] = await giftCardJobs();
        expect(job?.attempts).toBe(1);
        expect(job?.last_error).toMatch(/451/);
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(await cardRow(giftCard.id)).toMatchObject({ isSent: false, sentAt: null });
    const failure = logLines.find((l) => l.msg === "sending the gift card failed; the job will be retried" && l.giftCardId === giftCard.id);
    expect(failure).toMatchObject({ level: 50, attempt: 1, maxAttempts: 20, jobId: expect.anything() });
    expect(JSON.stringify(failure)).not.toContain(code!);

    await vi.waitFor(() => expect(mailsTo(FLAKY_RECIPIENT)).toHaveLength(1), { timeout: 15_000, interval: 100 });
    await vi.waitFor(async () => expect(await cardRow(giftCard.id)).toMatchObject({ isSent: true, sentAt: expect.any(Date) }), { timeout: 5_000, interval: 50 });
    expect(mailsTo(FLAKY_RECIPIENT)[0]!.raw).toContain(code!);
    await vi.waitFor(async () => expect(await giftCardJobs()).toEqual([]), { timeout: 5_000, interval: 50 });
  });

  it("does not send a card the shop deactivated before its delivery date", async () => {
    const { giftCard } = await buyGiftCard({ deliverOn: "2099-01-01" });
    await db.update(giftCards).set({ status: "inactive" }).where(eq(giftCards.id, giftCard.id));
    await database.sql`update graphile_worker._private_jobs set run_at = now() where key = ${`send_gift_card:${giftCard.id}`}`;
    await vi.waitFor(() => expect(logLines.some((l) => l.giftCardId === giftCard.id && l.level === 40)).toBe(true), { timeout: 10_000, interval: 50 });
    expect(mailsTo(giftCard.recipientEmail)).toEqual([]);
    expect(await cardRow(giftCard.id)).toMatchObject({ isSent: false, sentAt: null });
  });
});

describe("delivery through the outbox mailer (no SMTP)", () => {
  it("puts the mail in the outbox, marks the card sent, and a second run sends nothing", async () => {
    const { giftCard, code } = await buyGiftCard({ deliverOn: "2099-01-01" });
    const [job] = await database.sql<{ payload: { giftCardId: number; sealedCode: string } }[]>`
      select payload from graphile_worker._private_jobs where key = ${`send_gift_card:${giftCard.id}`}`;
    const deps = { db, env, mailer: createMailer(env, db) };
    expect(await deliverGiftCard(deps, job!.payload)).toBe("sent");
    expect(await deliverGiftCard(deps, job!.payload)).toBe("already_sent");
    const outbox = await db.select().from(mailOutbox).where(eq(mailOutbox.to, giftCard.recipientEmail));
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.text).toContain(code!);
    expect(await cardRow(giftCard.id)).toMatchObject({ isSent: true });
  });

  it("fails, and marks nothing, when the sealed code does not belong to the card", async () => {
    const first = await buyGiftCard({ deliverOn: "2099-01-01" });
    const second = await buyGiftCard({ deliverOn: "2099-01-01" });
    const [job] = await database.sql<{ payload: { giftCardId: number; sealedCode: string } }[]>`
      select payload from graphile_worker._private_jobs where key = ${`send_gift_card:${first.giftCard.id}`}`;
    const deps = { db, env, mailer: createMailer(env, db) };
    await expect(deliverGiftCard(deps, { giftCardId: second.giftCard.id, sealedCode: job!.payload.sealedCode })).rejects.toThrow();
    expect(await cardRow(second.giftCard.id)).toMatchObject({ isSent: false });
    expect(await db.$count(mailOutbox, eq(mailOutbox.to, second.giftCard.recipientEmail))).toBe(0);
  });
});
