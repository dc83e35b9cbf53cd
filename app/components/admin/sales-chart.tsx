// Sales per day as a small bar chart drawn in SVG (no charting library): one bar a day, in the
// text colour so it follows light and dark. A screen reader gets the chart's summary, and anyone
// can open the same numbers as a table.
import type { DaySales } from "../../../server/admin/today/sales-by-day";
import { formatMoney } from "~/shared/money";

const WIDTH = 600;
const HEIGHT = 160;
const GAP = 2;

const dayLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const labelOf = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));

export function SalesChart({ sales, title }: { sales: DaySales[]; title: string }) {
  const most = Math.max(0, ...sales.map((d) => d.cents));
  const total = sales.reduce((sum, d) => sum + d.cents, 0);
  const best = sales.reduce<DaySales | null>((top, d) => (d.cents > (top?.cents ?? 0) ? d : top), null);
  const barWidth = WIDTH / Math.max(sales.length, 1);
  const first = sales[0];
  const last = sales.at(-1);
  const summary =
    first && last
      ? `${formatMoney(total)} from ${labelOf(first.day)} to ${labelOf(last.day)}${best ? `; the best day was ${labelOf(best.day)} with ${formatMoney(best.cents)}` : "; no sales"}.`
      : "No days to show.";
  return (
    <figure className="mt-4">
      <figcaption className="font-medium">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={`${title}: ${summary}`} className="mt-2 h-32 w-full text-stone-800 dark:text-stone-200">
        <line x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} stroke="currentColor" strokeOpacity={0.4} />
        {sales.map((d, i) => {
          const height = most > 0 ? Math.max((d.cents / most) * (HEIGHT - 4), d.cents > 0 ? 2 : 0) : 0;
          return <rect key={d.day} x={i * barWidth + GAP / 2} y={HEIGHT - height} width={Math.max(barWidth - GAP, 1)} height={height} fill="currentColor" rx={1} />;
        })}
      </svg>
      {first && last ? (
        <div className="mt-1 flex justify-between text-xs text-stone-600 dark:text-stone-400" aria-hidden="true">
          <span>{labelOf(first.day)}</span>
          <span>Highest day {formatMoney(most)}</span>
          <span>{labelOf(last.day)}</span>
        </div>
      ) : null}
      <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{summary}</p>
      <details className="mt-2 text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center">The same days as a table</summary>
        <div className="max-h-72 overflow-y-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Day</th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">Orders</th>
                <th scope="col" className="py-1 text-right font-medium">Sales</th>
              </tr>
            </thead>
            <tbody>
              {sales.map((d) => (
                <tr key={d.day} className="border-t border-stone-200 dark:border-stone-800">
                  <td className="py-1 pr-3">
                    <time dateTime={d.day}>{labelOf(d.day)}</time>
                  </td>
                  <td className="py-1 pr-3 text-right tabular-nums">{d.orders}</td>
                  <td className="py-1 text-right tabular-nums">{formatMoney(d.cents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
