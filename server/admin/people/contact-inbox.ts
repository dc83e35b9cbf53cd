// The contact inbox: messages sent through the contact form, those still waiting first by default,
// a page at a time by keyset (the id). The owner answers from their own mail program (a mailto:
// link) and marks a message handled, or waiting again.
import { and, count, desc, eq, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../../db/client";
import { contactMessages } from "../../../db/schema/index";
import { badInput, notFound } from "../../errors";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";

export const INBOX_PAGE_SIZE = 25;
export const inboxViews = ["waiting", "handled", "all"] as const;
export type InboxView = (typeof inboxViews)[number];

export const inboxInput = z.object({
  show: z.enum(inboxViews, { error: "Show waiting, handled or all messages." }).optional().default("waiting"),
  before: z.coerce.number({ error: "That page does not exist." }).int().positive().max(2_147_483_647).optional(),
});

export type InboxMessage = {
  id: number;
  name: string;
  email: string;
  subject: string;
  message: string;
  receivedAt: string;
  handledAt: string | null;
  replyHref: string;
};
export type InboxPage = { rows: InboxMessage[]; waiting: number; nextBefore: number | null };

/** A reply in the owner's mail program, addressed and titled; characters that would end the address are escaped. */
export function replyHref(message: { email: string; subject: string }): string {
  const address = message.email.replace(/[^A-Za-z0-9@._+'-]/g, encodeURIComponent);
  const subject = message.subject ? `Re: ${message.subject}` : "Re: your message to Printroom";
  return `mailto:${address}?subject=${encodeURIComponent(subject)}`;
}

const viewFilter: Record<InboxView, SQL | undefined> = {
  waiting: isNull(contactMessages.handledAt),
  handled: isNotNull(contactMessages.handledAt),
  all: undefined,
};

export async function listContactMessages(db: DbOrTx, input: z.input<typeof inboxInput> = {}): Promise<InboxPage> {
  const parsed = inboxInput.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { show, before } = parsed.data;
  const [rows, [waiting]] = await Promise.all([
    db
      .select()
      .from(contactMessages)
      .where(and(viewFilter[show], before === undefined ? undefined : lt(contactMessages.id, before)))
      .orderBy(desc(contactMessages.id))
      .limit(INBOX_PAGE_SIZE + 1),
    db.select({ n: count() }).from(contactMessages).where(viewFilter.waiting),
  ]);
  const page = rows.slice(0, INBOX_PAGE_SIZE).map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    subject: r.subject,
    message: r.message,
    receivedAt: r.createdAt.toISOString(),
    handledAt: r.handledAt?.toISOString() ?? null,
    replyHref: replyHref(r),
  }));
  return { rows: page, waiting: waiting!.n, nextBefore: rows.length > INBOX_PAGE_SIZE ? page.at(-1)!.id : null };
}

export const markHandledInput = z.object({
  id: z.coerce.number({ error: "Choose a message." }).int().positive().max(2_147_483_647),
  /** true ("true" from a form) marks it handled, false puts it back among the waiting */
  handled: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "Say whether the message is handled." }),
});

export type HandledChange = { id: number; before: { handledAt: string | null }; after: { handledAt: string | null } };

/** Sets or clears handled_at; marking a handled message handled again keeps the first time. */
export async function markContactMessageHandled(db: Db, admin: Pick<Admin, "id">, input: z.input<typeof markHandledInput>): Promise<HandledChange> {
  const parsed = markHandledInput.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { id, handled } = parsed.data;
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ handledAt: contactMessages.handledAt }).from(contactMessages).where(eq(contactMessages.id, id)).for("update");
    if (!current) throw notFound("That message does not exist.");
    const [updated] = await tx
      .update(contactMessages)
      .set({ handledAt: handled ? sql`coalesce(${contactMessages.handledAt}, now())` : null })
      .where(eq(contactMessages.id, id))
      .returning({ handledAt: contactMessages.handledAt });
    const change = { id, before: { handledAt: current.handledAt?.toISOString() ?? null }, after: { handledAt: updated!.handledAt?.toISOString() ?? null } };
    await recordAudit(tx, { adminUserId: admin.id, action: handled ? "contact_message.mark_handled" : "contact_message.mark_waiting", subject: { type: "contact_message", id }, before: change.before, after: change.after });
    return change;
  });
}
