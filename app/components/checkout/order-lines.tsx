// The lines and totals of a checkout or an order, as a table a screen reader can walk.
import { formatMoney } from "~/shared/money";

export type SummaryLine = { title: string; description: string; quantity: number; unitPriceCents: number; totalCents: number };

export function OrderLines({
  lines,
  subtotalCents,
  discountCents = 0,
  discountLabel = "Discount",
  totalCents,
  currency,
  totalLabel = "Total",
}: {
  lines: SummaryLine[];
  subtotalCents: number;
  discountCents?: number;
  /** what the discount is, e.g. the gift card paying it */
  discountLabel?: string;
  totalCents: number;
  currency: string;
  totalLabel?: string;
}) {
  const money = (cents: number) => formatMoney(cents, currency);
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">Items</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Quantity</th>
          <th scope="col">Price</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-700 dark:border-stone-700">
        {lines.map((line, i) => (
          <tr key={i}>
            <td className="py-3 pr-4">
              <span className="font-medium">{line.title}</span>
              {line.description ? <span className="block text-sm text-stone-600 dark:text-stone-400">{line.description}</span> : null}
            </td>
            <td className="py-3 pr-4 text-sm tabular-nums">× {line.quantity}</td>
            <td className="py-3 text-right tabular-nums">{money(line.totalCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2} className="pt-3 text-right font-normal">
            Subtotal
          </th>
          <td className="pt-3 text-right tabular-nums">{money(subtotalCents)}</td>
        </tr>
        {discountCents > 0 ? (
          <tr>
            <th scope="row" colSpan={2} className="text-right font-normal">
              {discountLabel}
            </th>
            <td className="text-right tabular-nums">−{money(discountCents)}</td>
          </tr>
        ) : null}
        <tr>
          <th scope="row" colSpan={2} className="pt-1 text-right font-semibold">
            {totalLabel}
          </th>
          <td className="pt-1 text-right font-semibold tabular-nums">{money(totalCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
