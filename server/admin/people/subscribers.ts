// The subscriber list as the back office shows it: searched by address, sorted newest first, oldest
// first or by address, a page at a time by keyset (the id, or the address, which is unique), with
// the number that match.
import { and, asc, count, desc, gt, ilike, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../../db/client";
import { subscribers } from "../../../db/schema/index";
import { badInput, notFound } from "../../errors";
import { removeSubscriber, type RemovedSubscriber } from "../../newsletter/unsubscribe";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { containsPattern } from "./search-pattern";

export const SUBSCRIBERS_PAGE_SIZE = 50;
export const subscriberSorts = ["newest", "oldest", "email"] as const;

export const subscriberListInput = z.object({
  q: z.string().trim().max(254, { error: "Please search with fewer than 254 characters." }).optional().default(""),
  sort: z.enum(subscriberSorts, { error: "Sort by newest, oldest or email." }).optional().default("newest"),
  /** the answer's `next`: where the page before ended; omitted for the first page */
  after: z.string().max(254, { error: "That page does not exist." }).optional(),
});

export type SubscriberSort = (typeof subscriberSorts)[number];
export type SubscriberRow = { id: number; email: string; source: string; subscribedAt: string; confirmedAt: string | null };
export type SubscriberPage = { rows: SubscriberRow[]; matching: number; next: string | null };

/** Each sort's order and where a page after `cursor` starts; a cursor that cannot be one is a 400. */
function ordering(sort: SubscriberSort, cursor: string | undefined): { order: SQL; from: SQL | undefined; cursorOf: (row: SubscriberRow) => string } {
  if (sort === "email") return { order: asc(subscribers.email), from: cursor === undefined ? undefined : gt(subscribers.email, cursor), cursorOf: (row) => row.email };
  if (cursor !== undefined && !/^[1-9]\d{0,9}$/.test(cursor)) throw badInput("That page does not exist.");
  const id = cursor === undefined ? undefined : Number(cursor);
  const byId = (row: SubscriberRow) => String(row.id);
  return sort === "oldest"
    ? { order: asc(subscribers.id), from: id === undefined ? undefined : gt(subscribers.id, id), cursorOf: byId }
    : { order: desc(subscribers.id), from: id === undefined ? undefined : lt(subscribers.id, id), cursorOf: byId };
}

export async function listSubscribers(db: DbOrTx, input: z.input<typeof subscriberListInput> = {}): Promise<SubscriberPage> {
  const parsed = subscriberListInput.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { q, sort, after } = parsed.data;
  const { order, from, cursorOf } = ordering(sort, after);
  const search: SQL | undefined = q ? ilike(subscribers.email, containsPattern(q)) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: subscribers.id, email: subscribers.email, source: subscribers.source, createdAt: subscribers.createdAt, confirmedAt: subscribers.confirmedAt })
      .from(subscribers)
      .where(and(search, from))
      .orderBy(order)
      .limit(SUBSCRIBERS_PAGE_SIZE + 1),
    db.select({ n: count() }).from(subscribers).where(search),
  ]);
  const page = rows.slice(0, SUBSCRIBERS_PAGE_SIZE).map((r) => ({
    id: r.id,
    email: r.email,
    source: r.source,
    subscribedAt: r.createdAt.toISOString(),
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
  }));
  return { rows: page, matching: total!.n, next: rows.length > SUBSCRIBERS_PAGE_SIZE ? cursorOf(page.at(-1)!) : null };
}

export const unsubscribeInput = z.object({ id: z.coerce.number({ error: "Choose a subscriber." }).int().positive().max(2_147_483_647) });

/** The owner takes an address off the list; the row is gone, as when its owner unsubscribes. */
export async function unsubscribeFromBackOffice(db: Db, admin: Pick<Admin, "id">, input: z.input<typeof unsubscribeInput>): Promise<RemovedSubscriber> {
  const parsed = unsubscribeInput.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { id } = parsed.data;
  return db.transaction(async (tx) => {
    const removed = await removeSubscriber(tx, id);
    if (!removed) throw notFound("That subscriber is no longer on the list.");
    const before = { email: removed.email, source: removed.source, subscribedAt: removed.createdAt.toISOString(), confirmedAt: removed.confirmedAt?.toISOString() ?? null };
    await recordAudit(tx, { adminUserId: admin.id, action: "subscriber.unsubscribe", subject: { type: "subscriber", id }, before, after: null });
    return removed;
  });
}
