// The second half of double opt-in: the confirmation mail with its signed link, and confirming.
// The link signs the subscriber's id with the address, so it confirms that address only, and a
// link for an address that left and signed up again (a new id) does not confirm the new row.
// Following the link shows a button; confirming is its POST, so a mail scanner that opens every
// link cannot subscribe anyone (decision 023).
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { subscribers } from "../../db/schema/index";
import type { Env } from "../env";
import type { Mailer } from "../integrations/mail/message";
import { renderMail, type RenderedMail } from "../integrations/mail/render";
import { linkSignatureMatches, signLinkValue } from "../links/signed-link";

const signedValue = (subscriber: { id: number; email: string }) => `${subscriber.id}:${subscriber.email}`;

export function newsletterConfirmationUrl(publicUrl: string, secret: string, subscriber: { id: number; email: string }): string {
  const params = new URLSearchParams({ s: String(subscriber.id), sig: signLinkValue(secret, "newsletter-confirm", signedValue(subscriber)) });
  return `${publicUrl}/newsletter/confirm?${params}`;
}

export function newsletterConfirmationMail(confirmUrl: string, publicUrl: string): RenderedMail {
  return renderMail({
    subject: "Please confirm your Printroom newsletter subscription",
    publicUrl,
    blocks: [
      { kind: "heading", text: "One more step" },
      { kind: "paragraph", text: "Someone, we hope you, asked for letters from the Printroom studio at this address: new prints and the stories behind them, a few times a year." },
      { kind: "button", text: "Confirm my subscription", href: confirmUrl },
      { kind: "note", text: "If it was not you, ignore this mail: without the confirmation we send nothing more." },
    ],
  });
}

export type ConfirmationDeps = { db: Db; env: Pick<Env, "PUBLIC_URL" | "SESSION_SECRET">; mailer: Mailer };

/** The send_newsletter_confirmation job: nothing to do once the address is confirmed or gone. */
export async function sendNewsletterConfirmation(deps: ConfirmationDeps, payload: { subscriberId: number }): Promise<"sent" | "not_needed"> {
  const [subscriber] = await deps.db
    .select({ id: subscribers.id, email: subscribers.email })
    .from(subscribers)
    .where(and(eq(subscribers.id, payload.subscriberId), isNull(subscribers.confirmedAt)));
  if (!subscriber) return "not_needed";
  const url = newsletterConfirmationUrl(deps.env.PUBLIC_URL, deps.env.SESSION_SECRET, subscriber);
  await deps.mailer.send({ to: subscriber.email, ...newsletterConfirmationMail(url, deps.env.PUBLIC_URL) });
  return "sent";
}

export type ConfirmationLink = { s: unknown; sig: unknown };
export type LinkState = "pending" | "already_confirmed" | "invalid";

async function subscriberOfLink(db: DbOrTx, secret: string, link: ConfirmationLink) {
  const id = typeof link.s === "string" && /^[1-9]\d{0,9}$/.test(link.s) ? Number(link.s) : null;
  if (id === null || id > 2_147_483_647) return null;
  const [subscriber] = await db.select({ id: subscribers.id, email: subscribers.email, confirmedAt: subscribers.confirmedAt }).from(subscribers).where(eq(subscribers.id, id));
  return subscriber && linkSignatureMatches(secret, "newsletter-confirm", signedValue(subscriber), link.sig) ? subscriber : null;
}

/** What the link's page shows before the button is pressed. */
export async function confirmationLinkState(db: DbOrTx, secret: string, link: ConfirmationLink): Promise<LinkState> {
  const subscriber = await subscriberOfLink(db, secret, link);
  if (!subscriber) return "invalid";
  return subscriber.confirmedAt ? "already_confirmed" : "pending";
}

/** Confirms once: a second press changes nothing and says so. */
export async function confirmSubscription(db: DbOrTx, secret: string, link: ConfirmationLink): Promise<"confirmed" | "already_confirmed" | "invalid"> {
  const subscriber = await subscriberOfLink(db, secret, link);
  if (!subscriber) return "invalid";
  const updated = await db
    .update(subscribers)
    .set({ confirmedAt: sql`now()` })
    .where(and(eq(subscribers.id, subscriber.id), isNull(subscribers.confirmedAt)))
    .returning({ id: subscribers.id });
  return updated.length ? "confirmed" : "already_confirmed";
}

/** Who a letter goes to, and how many they are: confirmed addresses only. */
export async function confirmedSubscriberCount(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(subscribers).where(isNotNull(subscribers.confirmedAt));
  return row!.count;
}
