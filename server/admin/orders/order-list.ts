// The back office's order list: newest first, searched by number, e-mail or name, filtered by
// status and by the day it was placed, a page at a time by keyset (the id).
import { and, count, desc, eq, gte, ilike, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../../db/client";
import { orderStatus, orders } from "../../../db/schema/index";
import { badInput } from "../../errors";
import type { OrderStatus } from "../../orders/order-view";
import { containsPattern } from "../people/search-pattern";

export const ORDER_PAGE_SIZE = 25;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A date is written 2026-12-31.")
  // A day that rolls over (February 30th) reads back as another day.
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  }, "That date does not exist.");
const blankIsUnset = (v: unknown) => (v === "" ? undefined : v);

export const orderListInput = z
  .object({
    q: z.preprocess(blankIsUnset, z.string().trim().max(100, "A search is at most 100 characters.").optional()),
    status: z.preprocess(blankIsUnset, z.enum(orderStatus.enumValues, { error: "Choose a status from the list." }).optional()),
    /** placed on or after this day, and on or before `to` (UTC days) */
    from: z.preprocess(blankIsUnset, day.optional()),
    to: z.preprocess(blankIsUnset, day.optional()),
    before: z.preprocess(blankIsUnset, z.coerce.number({ error: "That page does not exist." }).int().positive().max(2_147_483_647).optional()),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: "The first day comes before the last.", path: ["to"] });

export type OrderListRow = {
  number: string;
  status: OrderStatus;
  email: string;
  customerName: string;
  /** what the order was worth: the card payment and the gift card's part */
  valueCents: number;
  currency: string;
  placedAt: string;
};
export type OrderListPage = { rows: OrderListRow[]; matching: number; nextBefore: number | null };

export async function listOrders(db: DbOrTx, input: z.input<typeof orderListInput> = {}): Promise<OrderListPage> {
  const parsed = orderListInput.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join(" "));
  const { q, status, from, to, before } = parsed.data;
  const pattern = q ? containsPattern(q) : null;
  const filters = and(
    pattern ? or(ilike(orders.number, pattern), ilike(orders.email, pattern), ilike(orders.customerName, pattern)) : undefined,
    status ? eq(orders.status, status) : undefined,
    from ? gte(orders.createdAt, new Date(`${from}T00:00:00Z`)) : undefined,
    to ? lt(orders.createdAt, sql`${`${to}T00:00:00Z`}::timestamptz + interval '1 day'`) : undefined,
  );
  const [rows, [matching]] = await Promise.all([
    db
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        email: orders.email,
        customerName: orders.customerName,
        totalCents: orders.totalCents,
        discountCents: orders.discountCents,
        currency: orders.currency,
        createdAt: orders.createdAt,
      })
      .from(orders)
      .where(and(filters, before === undefined ? undefined : lt(orders.id, before)))
      .orderBy(desc(orders.id))
      .limit(ORDER_PAGE_SIZE + 1),
    db.select({ n: count() }).from(orders).where(filters),
  ]);
  const page = rows.slice(0, ORDER_PAGE_SIZE);
  return {
    rows: page.map((r) => ({
      number: r.number,
      status: r.status,
      email: r.email,
      customerName: r.customerName,
      valueCents: r.totalCents + r.discountCents,
      currency: r.currency,
      placedAt: r.createdAt.toISOString(),
    })),
    matching: matching!.n,
    nextBefore: rows.length > ORDER_PAGE_SIZE ? page.at(-1)!.id : null,
  };
}
