import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "../../app/routes/newsletter_.unsubscribe";
import { subscribers } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { formPost, routeContext } from "../../test/route-context";
import { mailOutbox } from "../../db/schema/mail";
import { headerOf, startSmtpServer } from "../../test/smtp-server";
import { createMailer } from "../integrations/mail/mailer";
import { mailMessageSchema } from "../integrations/mail/message";
import { renderMail } from "../integrations/mail/render";
import { subscribe } from "./subscribe";
import { listUnsubscribeHeaders, marketingMail, newsletterUnsubscribeUrl, unsubscribeBlocks } from "./unsubscribe";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const context = routeContext(db, env);
let counter = 0;
const uniqueEmail = () => `leaving.${++counter}.${Date.now()}@example.com`;
const rowsOf = (email: string) => db.select().from(subscribers).where(eq(subscribers.email, email));

async function subscribed() {
  const email = uniqueEmail();
  await subscribe(db, email, "footer");
  const [row] = await rowsOf(email);
  return { row: row!, url: newsletterUnsubscribeUrl(env.PUBLIC_URL, env.SESSION_SECRET, row!) };
}

async function visit(url: string) {
  const response = (await unsubscribeLoader({ request: new Request(url), params: {}, context })) as Response;
  return { status: response.status, state: ((await response.json()) as { state: string }).state };
}
async function answer(request: Request) {
  const response = (await unsubscribeAction({ request, params: {}, context })) as Response;
  return { status: response.status, outcome: ((await response.json()) as { outcome: string }).outcome };
}
/** The page's button: the link's two values as form fields, posted to the bare path. */
const pressButton = (url: string) => {
  const params = new URL(url).searchParams;
  return answer(formPost(`${env.PUBLIC_URL}/newsletter/unsubscribe`, { s: params.get("s") ?? "", sig: params.get("sig") ?? "" }));
};
/** What a mail program sends for RFC 8058's one-click: a POST to the List-Unsubscribe address itself. */
const oneClick = (url: string) => answer(formPost(url, { "List-Unsubscribe": "One-Click" }));

describe("one-click unsubscribe", () => {
  it("opening the link changes nothing; the button removes the address, and pressing again says it is gone", async () => {
    const { row, url } = await subscribed();
    expect(url.startsWith(`${env.PUBLIC_URL}/newsletter/unsubscribe?s=${row.id}&sig=`)).toBe(true);
    expect(await visit(url)).toEqual({ status: 200, state: "subscribed" });
    expect(await rowsOf(row.email)).toHaveLength(1);

    expect(await pressButton(url)).toEqual({ status: 200, outcome: "unsubscribed" });
    expect(await rowsOf(row.email)).toEqual([]);
    expect(await pressButton(url)).toEqual({ status: 200, outcome: "already_unsubscribed" });
    expect(await visit(url)).toEqual({ status: 200, state: "already_unsubscribed" });
  });

  it("a mail program's one-click POST to the header's address unsubscribes", async () => {
    const { row, url } = await subscribed();
    const headers = listUnsubscribeHeaders(url);
    expect(headers).toEqual({ "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(await oneClick(headers["List-Unsubscribe"].slice(1, -1))).toEqual({ status: 200, outcome: "unsubscribed" });
    expect(await rowsOf(row.email)).toEqual([]);
  });

  it("an old link does not remove the address once it has signed up again", async () => {
    const { row, url } = await subscribed();
    await oneClick(url);
    await subscribe(db, row.email, "popup");
    expect(await oneClick(url)).toEqual({ status: 200, outcome: "already_unsubscribed" });
    expect((await rowsOf(row.email)).map((r) => r.source)).toEqual(["popup"]);
  });

  it("a tampered link, another subscriber's signature, a confirmation signature or a missing part is a 400 and removes no one", async () => {
    const first = await subscribed();
    const second = await subscribed();
    const sig = new URL(first.url).searchParams.get("sig")!;
    const base = `${env.PUBLIC_URL}/newsletter/unsubscribe`;
    const refused = [
      `${base}?s=${first.row.id}&sig=${sig.slice(0, -2)}AA`,
      `${base}?s=${second.row.id}&sig=${sig}`,
      `${base}?s=${first.row.id}`,
      `${base}?s=0${first.row.id}&sig=${sig}`,
      `${base}?s=99999999999&sig=${sig}`,
      base,
    ];
    for (const url of refused) {
      expect(await visit(url)).toEqual({ status: 400, state: "invalid" });
      expect(await oneClick(url)).toEqual({ status: 400, outcome: "invalid" });
    }
    expect(await pressButton(`${base}?s=${first.row.id}&sig=${sig.slice(1)}`)).toEqual({ status: 400, outcome: "invalid" });
    expect(await rowsOf(first.row.email)).toHaveLength(1);
    expect(await rowsOf(second.row.email)).toHaveLength(1);
  });

  it("a marketing mail's closing lines carry the link in both parts", async () => {
    const { url } = await subscribed();
    const mail = renderMail({ subject: "New prints from Montauk", publicUrl: env.PUBLIC_URL, blocks: [{ kind: "paragraph", text: "Three new prints." }, ...unsubscribeBlocks(url)] });
    expect(mail.text).toContain(`Unsubscribe: ${url}`);
    expect(mail.html).toContain(`href="${url.replaceAll("&", "&amp;")}"`);
  });
});

describe("a marketing mail's List-Unsubscribe headers", () => {
  it("arrive at the SMTP server with the signed link, and that link's one-click POST unsubscribes", async () => {
    const { row, url } = await subscribed();
    const smtp = await startSmtpServer();
    const mail = marketingMail({ publicUrl: env.PUBLIC_URL, secret: env.SESSION_SECRET, subscriber: row, subject: "New prints from Montauk", blocks: [{ kind: "paragraph", text: "Three new prints." }] });
    // through the queue's own check, as the send_mail job parses its payload
    await createMailer(testEnv({ SMTP_URL: smtp.url }), db).send(mailMessageSchema.parse(mail));

    expect(smtp.received).toHaveLength(1);
    const raw = smtp.received[0]!.raw;
    expect(headerOf(raw, "List-Unsubscribe")).toBe(`<${url}>`);
    expect(headerOf(raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain(`Unsubscribe: ${url}`);

    const posted = headerOf(raw, "List-Unsubscribe")!.slice(1, -1);
    expect(await oneClick(posted)).toEqual({ status: 200, outcome: "unsubscribed" });
    expect(await rowsOf(row.email)).toEqual([]);
  });

  it("are kept by the outbox mailer for the dev mail page", async () => {
    const { row, url } = await subscribed();
    await createMailer(testEnv(), db).send(marketingMail({ publicUrl: env.PUBLIC_URL, secret: env.SESSION_SECRET, subscriber: row, subject: "Winter prints", blocks: [] }));
    const [kept] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, row.email));
    expect(kept!.headers).toEqual({ "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });

  it("only allow-listed header names with single-line values pass the message check", () => {
    const base = { to: "a@example.com", subject: "Hello", html: "<p>x</p>", text: "x" };
    expect(mailMessageSchema.safeParse({ ...base, headers: { "List-Unsubscribe": "<https://shop.example/u>" } }).success).toBe(true);
    for (const headers of [
      { Bcc: "everyone@example.com" },
      { From: "someone@example.com" },
      { "List-Unsubscribe": "<https://shop.example/u>\r\nBcc: everyone@example.com" },
      { "List-Unsubscribe": "<https://shop.example/u>\nX: y" },
      { "List-Unsubscribe": "" },
    ]) {
      expect(mailMessageSchema.safeParse({ ...base, headers }).success).toBe(false);
    }
  });
});
