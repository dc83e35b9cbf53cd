import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders, paymentAnomalies } from "../../../db/schema/index";
import { testDatabase } from "../../../test/database";
import { salesByDay } from "./sales-by-day";
import { CHART_DAYS, todayAtAGlance } from "./today";

const queries: string[] = [];
const database = await testDatabase({ onQuery: (q) => queries.push(q) });
const db = database.db;
/** 10:00 in Montauk (EST, UTC-5). */
const now = new Date("2026-12-02T15:00:00Z");
let counter = 0;

async function order(status: (typeof orders.$inferInsert)["status"], paidAt: string | null, totalCents: number, refundedCents = 0) {
  await db.insert(orders).values({ number: `PR-T-${++counter}`, email: "ada@example.com", status, paidAt: paidAt ? new Date(paidAt) : null, subtotalCents: totalCents, totalCents, refundedCents });
}

describe("today in the back office", () => {
  it("counts what waits, and sums each of the studio's days of the last 30, refunds taken off, in one query", async () => {
    await order("paid", "2026-12-02T14:00:00Z", 4500);
    // 23:00 on 1 December in Montauk, though already the 2nd in UTC.
    await order("in_production", "2026-12-02T04:00:00Z", 3000, 1000);
    await order("shipped", "2026-11-27T12:00:00Z", 10_000);
    await order("refunded", "2026-11-20T12:00:00Z", 5000, 5000);
    await order("delivered", "2026-11-02T12:00:00Z", 7000);
    await order("pending", null, 9900);
    await db.insert(paymentAnomalies).values([
      { kind: "amount_mismatch", eventId: "evt_recent", eventType: "checkout.session.completed", details: {}, createdAt: new Date("2026-11-30T12:00:00Z") },
      { kind: "unknown_payment", eventId: "evt_old", eventType: "charge.refunded", details: {}, createdAt: new Date("2026-10-01T12:00:00Z") },
    ]);
    await db.execute(sql`
      select graphile_worker.permanently_fail_jobs(array[(select id from graphile_worker.add_job('send_mail', '{}'::json, job_key => 'gave-up'))], '451 mail server busy')`);

    const today = await todayAtAGlance(db, { now });
    expect(today).toMatchObject({
      toMake: 1,
      toShip: 1,
      todayCents: 4500,
      todayOrders: 1,
      weekCents: 4500 + 2000 + 10_000,
      weekOrders: 3,
      recentAnomalies: 1,
      failedJobs: 1,
      stuckJobs: 0,
    });
    expect(today.sales).toHaveLength(CHART_DAYS);
    expect(today.sales[0]).toEqual({ day: "2026-11-03", cents: 0, orders: 0 });
    expect(today.sales.at(-1)).toEqual({ day: "2026-12-02", cents: 4500, orders: 1 });
    expect(today.sales.at(-2)).toEqual({ day: "2026-12-01", cents: 2000, orders: 1 });
    expect(today.sales.find((d) => d.day === "2026-11-20")).toEqual({ day: "2026-11-20", cents: 0, orders: 1 });
    expect(today.sales.reduce((n, d) => n + d.cents, 0)).toBe(16_500);

    queries.length = 0;
    await salesByDay(db, { days: CHART_DAYS, now });
    expect(queries).toHaveLength(1);
  });

  it("a day is the studio's calendar day, so UTC or another zone splits the same orders differently", async () => {
    const utc = await salesByDay(db, { days: 2, now, timeZone: "UTC" });
    expect(utc).toEqual([
      { day: "2026-12-01", cents: 0, orders: 0 },
      { day: "2026-12-02", cents: 6500, orders: 2 },
    ]);
  });
});
