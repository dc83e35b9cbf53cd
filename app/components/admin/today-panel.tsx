// The back office's front page: what waits for the owner (orders to make and ship, anomalies,
// failed jobs), each a link to where it is dealt with, and how sales went.
import { Link } from "@remix-run/react";
import type { Today } from "../../../server/admin/today/today";
import { formatMoney } from "~/shared/money";
import { SalesChart } from "./sales-chart";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Waiting({ count, label, to, urgent }: { count: number; label: string; to: string; urgent?: boolean }) {
  const tone = urgent && count > 0 ? "border-red-300 dark:border-red-800" : "border-stone-200 dark:border-stone-800";
  return (
    <li>
      <Link to={to} className={`flex h-full flex-col rounded-lg border p-4 hover:bg-stone-50 dark:hover:bg-stone-900 ${tone}`}>
        <span className="text-3xl tabular-nums">{count}</span>
        <span className="mt-1 text-sm text-stone-700 underline-offset-2 dark:text-stone-300">{label}</span>
      </Link>
    </li>
  );
}

export function TodayPanel({ today }: { today: Today }) {
  return (
    <section aria-labelledby="today-heading" className="mt-6">
      <h2 id="today-heading" className="text-xl font-medium">
        Today
      </h2>
      <ul className="mt-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Waiting count={today.toMake} label="paid, to make" to="/admin/orders?status=paid" />
        <Waiting count={today.toShip} label="in production, to ship" to="/admin/orders?status=in_production" />
        <Waiting count={today.recentAnomalies} label="payment anomalies, last 30 days" to="/admin/health" urgent />
        <Waiting count={today.failedJobs + today.stuckJobs} label="failed or stuck jobs" to="/admin/health" urgent />
      </ul>
      <dl className="mt-6 grid grid-cols-2 gap-3">
        <div className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
          <dt className="text-sm text-stone-700 dark:text-stone-300">Sales today</dt>
          <dd className="mt-1 text-2xl tabular-nums">{formatMoney(today.todayCents)}</dd>
          <dd className="text-sm text-stone-600 dark:text-stone-400">{plural(today.todayOrders, "order", "orders")}</dd>
        </div>
        <div className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
          <dt className="text-sm text-stone-700 dark:text-stone-300">Last 7 days</dt>
          <dd className="mt-1 text-2xl tabular-nums">{formatMoney(today.weekCents)}</dd>
          <dd className="text-sm text-stone-600 dark:text-stone-400">{plural(today.weekOrders, "order", "orders")}</dd>
        </div>
      </dl>
      <SalesChart sales={today.sales} title="Sales per day, last 30 days" />
      <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">Days are the studio's (New York time); sales are what was charged less refunds.</p>
    </section>
  );
}
