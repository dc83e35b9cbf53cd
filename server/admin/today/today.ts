// The back office's first page: what waits for the owner today (orders to make and to ship,
// anomalies, troubled jobs) and how sales went (today, the last 7 days, a 30-day chart).
import { count, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { orders } from "../../../db/schema/index";
import { anomalyCountSince } from "../health/payment-anomalies";
import { troubledJobCounts } from "../health/troubled-jobs";
import { salesByDay, type DaySales } from "./sales-by-day";

export const CHART_DAYS = 30;
/** An anomaly older than this has been looked at or will not be; nothing marks one resolved. */
export const RECENT_ANOMALY_DAYS = 30;

export type Today = {
  /** paid, waiting to be printed */
  toMake: number;
  /** printed, waiting to be shipped */
  toShip: number;
  todayCents: number;
  todayOrders: number;
  weekCents: number;
  weekOrders: number;
  sales: DaySales[];
  recentAnomalies: number;
  failedJobs: number;
  stuckJobs: number;
};

const sum = (days: DaySales[], key: "cents" | "orders") => days.reduce((total, d) => total + d[key], 0);

export async function todayAtAGlance(db: DbOrTx, options: { now?: Date; timeZone?: string } = {}): Promise<Today> {
  const now = options.now ?? new Date();
  const [waiting, sales, recentAnomalies, jobs] = await Promise.all([
    db.select({ status: orders.status, n: count() }).from(orders).where(inArray(orders.status, ["paid", "in_production"])).groupBy(orders.status),
    salesByDay(db, { days: CHART_DAYS, now, timeZone: options.timeZone }),
    anomalyCountSince(db, new Date(now.getTime() - RECENT_ANOMALY_DAYS * 24 * 60 * 60 * 1000)),
    troubledJobCounts(db),
  ]);
  const waitingOf = (status: "paid" | "in_production") => waiting.find((w) => w.status === status)?.n ?? 0;
  const week = sales.slice(-7);
  return {
    toMake: waitingOf("paid"),
    toShip: waitingOf("in_production"),
    todayCents: sales.at(-1)!.cents,
    todayOrders: sales.at(-1)!.orders,
    weekCents: sum(week, "cents"),
    weekOrders: sum(week, "orders"),
    sales,
    recentAnomalies,
    failedJobs: jobs.failed,
    stuckJobs: jobs.stuck,
  };
}
