// Sales per day of the studio's calendar for the last N days, in one query: a generate_series of the
// days left-joined to the orders paid on each, so a day without a sale is a 0, not a gap. Money is
// what was charged less what was refunded since, in integer cents.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";

/** The studio is in Montauk, New York: "today" is its day, not the server's or UTC's. */
export const SHOP_TIME_ZONE = "America/New_York";

export type DaySales = { day: string; cents: number; orders: number };

export async function salesByDay(db: DbOrTx, options: { days: number; now?: Date; timeZone?: string }): Promise<DaySales[]> {
  const now = (options.now ?? new Date()).toISOString();
  const zone = options.timeZone ?? SHOP_TIME_ZONE;
  const rows = await db.execute<{ day: string; cents: string; orders: number }>(sql`
    with today as (select (${now}::timestamptz at time zone ${zone})::date as day),
    days as (
      select d::date as day from today, generate_series(today.day - ${options.days - 1}::int, today.day, interval '1 day') as d
    )
    select to_char(days.day, 'YYYY-MM-DD') as day,
      coalesce(sum(o.total_cents - o.refunded_cents), 0)::bigint::text as cents,
      count(o.id)::int as orders
    from days
    left join orders o
      on o.paid_at >= (days.day::timestamp at time zone ${zone})
      and o.paid_at < ((days.day + 1)::timestamp at time zone ${zone})
      and o.status <> 'pending'
    group by days.day
    order by days.day`);
  return rows.map((r) => ({ day: r.day, cents: Number(r.cents), orders: r.orders }));
}
