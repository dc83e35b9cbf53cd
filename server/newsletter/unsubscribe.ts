// Leaving the newsletter. Every marketing mail carries a signed link to /newsletter/unsubscribe and
// the RFC 8058 headers that let a mail program unsubscribe with one POST. Opening the link shows a
// button and changes nothing (a scanner that follows every link unsubscribes no one); the POST, from
// the button or the mail program, removes the address. The link signs the subscriber's id alone:
// ids are never reused, so a link keeps working after the row is gone (a second press, a mail
// program retrying) and says so, and an address that signs up again gets a new id the old link
// cannot touch.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { subscribers } from "../../db/schema/index";
import type { MailMessage } from "../integrations/mail/message";
import { renderMail, type MailBlock } from "../integrations/mail/render";
import { linkSignatureMatches, signLinkValue } from "../links/signed-link";

const PURPOSE = "newsletter-unsubscribe";

export function newsletterUnsubscribeUrl(publicUrl: string, secret: string, subscriber: { id: number }): string {
  const params = new URLSearchParams({ s: String(subscriber.id), sig: signLinkValue(secret, PURPOSE, String(subscriber.id)) });
  return `${publicUrl}/newsletter/unsubscribe?${params}`;
}

/** RFC 2369's List-Unsubscribe with RFC 8058's one-click POST, as Gmail and Yahoo ask of bulk senders. */
export function listUnsubscribeHeaders(unsubscribeUrl: string): Record<"List-Unsubscribe" | "List-Unsubscribe-Post", string> {
  return { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** The closing lines of every marketing mail. */
export function unsubscribeBlocks(unsubscribeUrl: string): MailBlock[] {
  return [
    { kind: "note", text: "You get these letters because you subscribed to them. One click and you get no more:" },
    { kind: "button", text: "Unsubscribe", href: unsubscribeUrl },
  ];
}

/**
 * The one way to build a mail to a subscriber: the closing lines and both headers come with it, so
 * no letter can go out without a way to leave. (A confirmation of signing up is transactional and
 * does not use this.)
 */
export function marketingMail(options: {
  publicUrl: string;
  secret: string;
  subscriber: { id: number; email: string };
  subject: string;
  blocks: MailBlock[];
}): MailMessage {
  const unsubscribeUrl = newsletterUnsubscribeUrl(options.publicUrl, options.secret, options.subscriber);
  const rendered = renderMail({ subject: options.subject, publicUrl: options.publicUrl, blocks: [...options.blocks, ...unsubscribeBlocks(unsubscribeUrl)] });
  return { to: options.subscriber.email, ...rendered, headers: listUnsubscribeHeaders(unsubscribeUrl) };
}

export type UnsubscribeLink = { s: unknown; sig: unknown };
export type UnsubscribeLinkState = "subscribed" | "already_unsubscribed" | "invalid";

function signedIdOf(secret: string, link: UnsubscribeLink): number | null {
  const id = typeof link.s === "string" && /^[1-9]\d{0,9}$/.test(link.s) ? Number(link.s) : null;
  if (id === null || id > 2_147_483_647) return null;
  return linkSignatureMatches(secret, PURPOSE, String(id), link.sig) ? id : null;
}

/** What the link's page shows before the button is pressed. */
export async function unsubscribeLinkState(db: DbOrTx, secret: string, link: UnsubscribeLink): Promise<UnsubscribeLinkState> {
  const id = signedIdOf(secret, link);
  if (id === null) return "invalid";
  const [row] = await db.select({ id: subscribers.id }).from(subscribers).where(eq(subscribers.id, id));
  return row ? "subscribed" : "already_unsubscribed";
}

/** The address leaves the list at once; pressing again changes nothing and says so. */
export async function unsubscribeByLink(db: DbOrTx, secret: string, link: UnsubscribeLink): Promise<"unsubscribed" | "already_unsubscribed" | "invalid"> {
  const id = signedIdOf(secret, link);
  if (id === null) return "invalid";
  return (await removeSubscriber(db, id)) ? "unsubscribed" : "already_unsubscribed";
}

export type RemovedSubscriber = typeof subscribers.$inferSelect;

/** Removes the row, so nothing of the address is kept; returns what was removed, or null if it was gone. */
export async function removeSubscriber(db: DbOrTx, id: number): Promise<RemovedSubscriber | null> {
  const [removed] = await db.delete(subscribers).where(eq(subscribers.id, id)).returning();
  return removed ?? null;
}
