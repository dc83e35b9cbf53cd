import { desc } from "drizzle-orm";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "../../../db/schema/mail";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { headerOf, startSmtpServer } from "../../../test/smtp-server";
import { DomainError } from "../../errors";
import { enqueueMail } from "./enqueue";
import { createMailer } from "./mailer";
import type { MailMessage } from "./message";

const database = await testDatabase();

const message: MailMessage = {
  to: "collector@example.com",
  subject: "Your print is on its way",
  html: "<p>Your <strong>Montauk Lighthouse</strong> print has shipped.</p>",
  text: "Your Montauk Lighthouse print has shipped.",
  replyTo: "studio@printroom.local",
};

describe("the outbox mailer (no SMTP_URL)", () => {
  it("keeps each message in mail_outbox with its time of sending", async () => {
    const mailer = createMailer(testEnv(), database.db);
    const before = Date.now();
    await mailer.send(message);
    await mailer.send({ ...message, subject: "A second message", replyTo: undefined });
    const rows = await database.db.select().from(mailOutbox).orderBy(desc(mailOutbox.id));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ to: message.to, subject: message.subject, html: message.html, text: message.text, replyTo: message.replyTo });
    expect(rows[0]).toMatchObject({ subject: "A second message", replyTo: null });
    expect(rows[1]!.sentAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(rows[1]!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe("the SMTP mailer (SMTP_URL set)", () => {
  it("delivers the message to the SMTP server, from the shop's address, with text and HTML", async () => {
    const smtp = await startSmtpServer();
    const env = testEnv({ SMTP_URL: smtp.url, SHOP_EMAIL: "orders@printroom.test" });
    const outboxBefore = (await database.db.select().from(mailOutbox)).length;
    await createMailer(env, database.db).send(message);

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.from).toBe("orders@printroom.test");
    expect(mail.to).toEqual(["collector@example.com"]);
    expect(headerOf(mail.raw, "Subject")).toBe("Your print is on its way");
    expect(headerOf(mail.raw, "From")).toBe('Printroom <orders@printroom.test>');
    expect(headerOf(mail.raw, "Reply-To")).toBe("studio@printroom.local");
    expect(headerOf(mail.raw, "Content-Type")).toMatch(/^multipart\/alternative/);
    expect(mail.raw).toContain("Your Montauk Lighthouse print has shipped.");
    expect(mail.raw).toContain("<strong>Montauk Lighthouse</strong>");
    expect((await database.db.select().from(mailOutbox)).length).toBe(outboxBefore);
  });

  it("logs in with the credentials in SMTP_URL", async () => {
    const smtp = await startSmtpServer({ credentials: { user: "printroom", pass: "s3cret" } });
    await createMailer(testEnv({ SMTP_URL: `smtp://printroom:s3cret@127.0.0.1:${smtp.port}` }), database.db).send(message);
    expect(smtp.received.map((m) => m.user)).toEqual(["printroom"]);

    const wrong = createMailer(testEnv({ SMTP_URL: `smtp://printroom:wrong@127.0.0.1:${smtp.port}` }), database.db);
    await expect(wrong.send(message)).rejects.toThrow(/Invalid username or password/);
    expect(smtp.received).toHaveLength(1);
  });

  it("throws when the server refuses the message, so the job can retry", async () => {
    const smtp = await startSmtpServer({ failDelivery: () => true });
    await expect(createMailer(testEnv({ SMTP_URL: smtp.url }), database.db).send(message)).rejects.toThrow(/451/);
    expect(smtp.attempts()).toBe(1);
    expect(smtp.received).toEqual([]);
  });

  it("throws when no server is listening", async () => {
    const smtp = await startSmtpServer();
    await smtp.close();
    await expect(createMailer(testEnv({ SMTP_URL: smtp.url }), database.db).send(message)).rejects.toThrow(/ECONNREFUSED/);
  });

  it("gives up on a server that takes the connection but never greets (the timeout shortened through SMTP_URL)", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const mailer = createMailer(testEnv({ SMTP_URL: `smtp://127.0.0.1:${port}?greetingTimeout=300` }), database.db);
      await expect(mailer.send(message)).rejects.toThrow(/Greeting never received/);
      expect(sockets).toHaveLength(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describe("enqueueMail", () => {
  it("refuses a message that could never be sent, and enqueues nothing", async () => {
    const attempts: [string, Partial<MailMessage>][] = [
      ["an invalid address", { to: "not-an-address" }],
      ["a subject with a line break", { subject: "Hello\r\nBcc: everyone@example.com" }],
      ["an empty text body", { text: "" }],
    ];
    for (const [, change] of attempts) {
      const error = await database.db.transaction((tx) => enqueueMail(tx, { ...message, ...change })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).kind).toBe("BadInput");
    }
    const jobs = await database.sql`select count(*)::int as n from graphile_worker.jobs`;
    expect(jobs[0]?.n).toBe(0);
  });
});
