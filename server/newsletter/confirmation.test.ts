import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action as confirmAction, loader as confirmLoader } from "../../app/routes/newsletter_.confirm";
import { subscribers } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { queuedJobs } from "../../test/jobs";
import { formPost, routeContext } from "../../test/route-context";
import type { MailMessage } from "../integrations/mail/message";
import { confirmedSubscriberCount, newsletterConfirmationUrl, sendNewsletterConfirmation } from "./confirmation";
import { subscribe } from "./subscribe";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
const context = routeContext(db, env);
const sent: MailMessage[] = [];
const deps = { db, env, mailer: { send: async (m: MailMessage) => void sent.push(m) } };
let counter = 0;
const uniqueEmail = () => `optin.${++counter}.${Date.now()}@example.com`;
const rowOf = async (email: string) => (await db.select().from(subscribers).where(eq(subscribers.email, email)))[0]!;

/** What the route answers a link's visit and its button's POST. */
async function visit(url: string) {
  const response = (await confirmLoader({ request: new Request(url), params: {}, context })) as Response;
  return { status: response.status, state: ((await response.json()) as { state: string }).state };
}
async function press(url: string) {
  const params = new URL(url).searchParams;
  const fields = Object.fromEntries([...params].filter(([k]) => k === "s" || k === "sig"));
  const response = (await confirmAction({ request: formPost(`${env.PUBLIC_URL}/newsletter/confirm`, fields), params: {}, context })) as Response;
  return { status: response.status, outcome: ((await response.json()) as { outcome: string }).outcome };
}

async function signUpAndReadMail(email: string) {
  await subscribe(db, email, "popup");
  const row = await rowOf(email);
  const [job] = await queuedJobs<{ subscriberId: number }>(db, { task: "send_newsletter_confirmation", key: `newsletter-confirmation:${row.id}` });
  expect(await sendNewsletterConfirmation(deps, job!.payload)).toBe("sent");
  const mail = sent.at(-1)!;
  expect(mail.to).toBe(email);
  return { row, mail, url: /Confirm my subscription: (\S+)/.exec(mail.text)![1]! };
}

describe("newsletter double opt-in", () => {
  it("a signup waits unconfirmed, uncounted, with one confirmation mail queued in the same statement", async () => {
    const before = await confirmedSubscriberCount(db);
    const email = uniqueEmail();
    await subscribe(db, email, "footer");
    await subscribe(db, email, "homepage");
    const row = await rowOf(email);
    expect(row.confirmedAt).toBeNull();
    expect(await queuedJobs(db, { task: "send_newsletter_confirmation", key: `newsletter-confirmation:${row.id}` })).toHaveLength(1);
    expect(await confirmedSubscriberCount(db)).toBe(before);
  });

  it("the mail's link, in both parts, shows a button; pressing it confirms once, and the address then counts", async () => {
    const before = await confirmedSubscriberCount(db);
    const { row, mail, url } = await signUpAndReadMail(uniqueEmail());
    expect(url.startsWith(`${env.PUBLIC_URL}/newsletter/confirm?s=${row.id}&sig=`)).toBe(true);
    expect(mail.html).toContain(`href="${url.replaceAll("&", "&amp;")}"`);
    expect(mail.html).toContain("41 Harbour Lane");

    // Opening the link changes nothing: a mail scanner following it subscribes no one.
    expect(await visit(url)).toEqual({ status: 200, state: "pending" });
    expect((await rowOf(row.email)).confirmedAt).toBeNull();

    expect(await press(url)).toEqual({ status: 200, outcome: "confirmed" });
    const confirmedAt = (await rowOf(row.email)).confirmedAt;
    expect(confirmedAt).toBeInstanceOf(Date);
    expect(await confirmedSubscriberCount(db)).toBe(before + 1);

    expect(await press(url)).toEqual({ status: 200, outcome: "already_confirmed" });
    expect(await visit(url)).toEqual({ status: 200, state: "already_confirmed" });
    expect((await rowOf(row.email)).confirmedAt).toEqual(confirmedAt);
    expect(await confirmedSubscriberCount(db)).toBe(before + 1);

    // Confirmed, signing up again sends no second mail.
    await subscribe(db, row.email, "popup");
    expect(await sendNewsletterConfirmation(deps, { subscriberId: row.id })).toBe("not_needed");
  });

  it("a tampered link, another subscriber's signature or a missing part is refused with a 400 and confirms nothing", async () => {
    const before = await confirmedSubscriberCount(db);
    const first = await signUpAndReadMail(uniqueEmail());
    const second = await signUpAndReadMail(uniqueEmail());
    const u = new URL(first.url);
    const sig = u.searchParams.get("sig")!;
    const tampered = [
      `${env.PUBLIC_URL}/newsletter/confirm?s=${first.row.id}&sig=${sig.slice(0, -2)}AA`,
      `${env.PUBLIC_URL}/newsletter/confirm?s=${second.row.id}&sig=${sig}`,
      `${env.PUBLIC_URL}/newsletter/confirm?s=${first.row.id}`,
      `${env.PUBLIC_URL}/newsletter/confirm?s=99999999999&sig=${sig}`,
      `${env.PUBLIC_URL}/newsletter/confirm?s=-1&sig=${sig}`,
      `${env.PUBLIC_URL}/newsletter/confirm`,
    ];
    for (const url of tampered) {
      expect(await visit(url)).toEqual({ status: 400, state: "invalid" });
      expect(await press(url)).toEqual({ status: 400, outcome: "invalid" });
    }
    expect((await rowOf(first.row.email)).confirmedAt).toBeNull();
    expect((await rowOf(second.row.email)).confirmedAt).toBeNull();
    expect(await confirmedSubscriberCount(db)).toBe(before);
  });

  it("a link is signed for the id and the address together", () => {
    const a = newsletterConfirmationUrl(env.PUBLIC_URL, env.SESSION_SECRET, { id: 7, email: "a@example.com" });
    const b = newsletterConfirmationUrl(env.PUBLIC_URL, env.SESSION_SECRET, { id: 7, email: "b@example.com" });
    expect(new URL(a).searchParams.get("sig")).not.toBe(new URL(b).searchParams.get("sig"));
  });

  it("the job has nothing to send for an address confirmed meanwhile", async () => {
    const { row, url } = await signUpAndReadMail(uniqueEmail());
    await press(url);
    expect(await sendNewsletterConfirmation(deps, { subscriberId: row.id })).toBe("not_needed");
  });
});
