import type { Runner } from "graphile-worker";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { contactMessages, mailOutbox } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { startWorker } from "../../workers/runner";
import { testEnv } from "../../test/app-server";
import { DomainError } from "../errors";
import { createRateLimits } from "../rate-limits/rate-limits";
import { createOutboxMailer } from "../integrations/mail/outbox-mailer";
import { createStorage } from "../integrations/storage/index";
import type { JobName } from "../jobs/registry";
import { createLogger } from "../log";
import { contactFormSchema, submitContactMessage, type ContactDeps } from "./contact-message";

const database = await testDatabase();
const db = database.db;
const rateLimits = createRateLimits(db);
const SHOP_EMAIL = "studio@example.com";
const PUBLIC_URL = "https://prints.example.com";
let ipCounter = 0;
/** Each test writes from its own address, so the rate limit of one never leaks into another. */
const freshIp = () => `192.0.2.${++ipCounter}`;

const valid = { name: "Ada Lovelace", email: "ada@example.com", subject: "A commission", message: "Could you print Dune Grass at 40 × 60 in?" };

const storedMessages = () => db.select().from(contactMessages).orderBy(contactMessages.id);
async function mailJobs(): Promise<string[]> {
  const rows = await db.execute<{ key: string | null }>(sql`select key from graphile_worker.jobs where task_identifier = ${"send_mail" satisfies JobName} order by id`);
  return [...rows].map((r) => r.key ?? "");
}

async function rejection(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

let runner: Runner | undefined;
afterAll(() => runner?.stop());

/** The message as the /contact form's schema hands it to the service. */
const send = (form: Record<string, unknown>, deps: ContactDeps) => submitContactMessage(db, contactFormSchema.parse(form), deps);

describe("submitContactMessage", () => {
  it("stores the message; one job mails it to the studio, with replies going to the sender, another acknowledges it to the sender", async () => {
    const result = await send({ ...valid, message: "Hello <script>alert(1)</script>\nSecond line" }, { clientIp: freshIp(), rateLimits, shopEmail: SHOP_EMAIL, publicUrl: PUBLIC_URL });
    expect(result).toEqual({ sent: true });
    const [row] = await storedMessages();
    expect(row).toMatchObject({ name: "Ada Lovelace", email: "ada@example.com", subject: "A commission", message: "Hello <script>alert(1)</script>\nSecond line" });
    expect(await mailJobs()).toEqual([`contact-message-${row!.id}`, `contact-acknowledgement-${row!.id}`]);

    // The app's real task list and the default outbox mailer: the job is what delivers the message.
    const env = testEnv();
    runner = await startWorker({
      connectionString: database.url,
      deps: { db, env, log: createLogger("silent"), storage: createStorage(env), mailer: createOutboxMailer(db) },
      schedule: "",
      concurrency: 1,
      pollInterval: 100,
    });
    await vi.waitFor(async () => expect(await db.select().from(mailOutbox)).toHaveLength(2), { timeout: 10_000, interval: 100 });
    const mail = (await db.select().from(mailOutbox)).find((m) => m.to === SHOP_EMAIL);
    expect(mail).toMatchObject({ to: SHOP_EMAIL, replyTo: "ada@example.com", subject: "Contact form: A commission" });
    expect(mail!.text).toContain("From: Ada Lovelace <ada@example.com>");
    expect(mail!.text).toContain("Hello <script>alert(1)</script>\nSecond line");
    expect(mail!.html).toContain("Hello &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail!.html).not.toContain("<script>");

    // The sender's note, in both parts, repeats nothing they wrote and points replies at the studio.
    const ack = (await db.select().from(mailOutbox)).find((m) => m.to === "ada@example.com");
    expect(ack).toMatchObject({ replyTo: SHOP_EMAIL, subject: "We have your message — Printroom" });
    for (const part of [ack!.text, ack!.html]) {
      expect(part).toContain(`Message #${row!.id}`);
      expect(part).toContain("within two working days");
      expect(part).toContain("41 Harbour Lane");
      expect(part).not.toContain("Ada");
      expect(part).not.toContain("alert(1)");
      expect(part).not.toContain("A commission");
    }
    expect(ack!.html).toMatch(/^<!doctype html>/);
    expect(ack!.text).not.toContain("<");
    // Stopped here so the tests below can count queued jobs without a worker taking them away.
    await runner.stop();
    runner = undefined;
  });

  it.each(["http://spam.example", " x ", ["a"], 1])("a filled honeypot (%j) answers like success and stores and sends nothing", async (website) => {
    const [messagesBefore, jobsBefore] = [await storedMessages(), await mailJobs()];
    const clientIp = freshIp();
    expect(await send({ ...valid, website }, { clientIp, rateLimits, shopEmail: SHOP_EMAIL, publicUrl: PUBLIC_URL })).toEqual({ sent: true });
    // Even with every other field missing, a bot learns nothing from the answer.
    expect(await send({ website }, { clientIp, rateLimits, shopEmail: SHOP_EMAIL, publicUrl: PUBLIC_URL })).toEqual({ sent: true });
    expect(await storedMessages()).toEqual(messagesBefore);
    expect(await mailJobs()).toEqual(jobsBefore);
  });

  it("an empty honeypot is what people send, and their message goes through", async () => {
    const before = (await storedMessages()).length;
    await send({ ...valid, website: "" }, { clientIp: freshIp(), rateLimits, shopEmail: SHOP_EMAIL, publicUrl: PUBLIC_URL });
    expect(await storedMessages()).toHaveLength(before + 1);
  });

  it.each([
    [{ ...valid, name: "  " }, /Please enter your name/],
    [{ ...valid, email: "ada-at-example" }, /valid e-mail address/],
    [{ ...valid, message: "" }, /Please write a message/],
    [{ ...valid, message: "x".repeat(5001) }, /under 5000 characters/],
    [{ ...valid, subject: "s".repeat(151) }, /under 150 characters/],
    [{}, /Please enter your name.*e-mail address.*Please write a message/],
    [{ ...valid, name: "Ada\u0000" }, /unusual characters/],
    [{ ...valid, message: "Hello \ud800" }, /unusual characters/],
  ])("the form's schema refuses bad input with a message for each field (%#)", (input, message) => {
    const parsed = contactFormSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.message).join(" ")).toMatch(message);
  });

  it("keeps a subject on one line, so it can never add a mail header", async () => {
    await send({ ...valid, subject: "Hi\r\nBcc: everyone@example.com" }, { clientIp: freshIp(), rateLimits, shopEmail: SHOP_EMAIL, publicUrl: PUBLIC_URL });
    const last = (await storedMessages()).at(-1)!;
    expect(last.subject).toBe("Hi Bcc: everyone@example.com");
  });

  it("after five messages an hour from one address the sixth is refused and not stored", async () => {
    const clientIp = freshIp();
    for (let i = 0; i < 5; i++) await send({ ...valid, message: `Message ${i}` }, { clientIp, rateLimits, shopEmail: SHOP_EMAIL, publicUrl: PUBLIC_URL });
    const error = await rejection(send({ ...valid, message: "Message 6" }, { clientIp, rateLimits, shopEmail: SHOP_EMAIL, publicUrl: PUBLIC_URL }));
    expect(error.kind).toBe("RateLimited");
    expect(error.message).toMatch(/wait an hour/);
    expect(await db.select().from(contactMessages).where(eq(contactMessages.message, "Message 6"))).toEqual([]);
    await send({ ...valid, message: "Message 6" }, { clientIp: freshIp(), rateLimits, shopEmail: SHOP_EMAIL, publicUrl: PUBLIC_URL });
  });

  it("a message whose e-mail cannot be enqueued is not stored either", async () => {
    const before = await storedMessages();
    const error = await rejection(send(valid, { clientIp: freshIp(), rateLimits, shopEmail: "not-an-address", publicUrl: PUBLIC_URL }));
    expect(error.kind).toBe("BadInput");
    expect(await storedMessages()).toEqual(before);
  });
});
