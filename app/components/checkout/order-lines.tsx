// The lines and totals of a checkout or an order, as a table a screen reader can walk.
import type { AmountLine } from "../../../server/orders/amounts";
import { formatMoney } from "~/shared/money";

export type SummaryLine = { title: string; description: string; quantity: number; unitPriceCents: number; totalCents: number };

/** The amount lines under the items: items, shipping, tax, the gift card, the total (server/orders/amounts.ts). */
export function OrderLines({ lines, amounts, currency }: { lines: SummaryLine[]; amounts: Pick<AmountLine, "kind" | "label" | "text">[]; currency: string }) {
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
        {amounts.map((amount, i) => {
          const total = amount.kind === "paid";
          return (
            <tr key={amount.kind} data-amount={amount.kind}>
              <th scope="row" colSpan={2} className={`text-right ${total ? "pt-1 font-semibold" : "font-normal"} ${i === 0 ? "pt-3" : ""}`}>
                {amount.label}
              </th>
              <td className={`text-right tabular-nums ${total ? "pt-1 font-semibold" : ""} ${i === 0 ? "pt-3" : ""}`}>{amount.text}</td>
            </tr>
          );
        })}
      </tfoot>
    </table>
  );
}
