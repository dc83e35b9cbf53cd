// An order as the shopper sees it after paying or when tracking it: where it is on its way (a
// timeline with dates and the carrier's link), what was bought, with thumbnails, and what it cost.
import type { OrderView, TimelineStep } from "../../../server/orders/order-view";
import { formatMoney } from "~/shared/money";
import { ORDER_STATUS_LABELS } from "~/shared/order-status";

const longDate = (iso: string) => new Date(iso).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

function OrderTimeline({ steps, trackingUrl }: { steps: TimelineStep[]; trackingUrl: string | null }) {
  const current = steps.findLastIndex((s) => s.done);
  return (
    <ol aria-label="Order progress" className="grid gap-3 sm:grid-cols-4 sm:gap-2">
      {steps.map((s, index) => (
        <li
          key={s.step}
          aria-current={index === current ? "step" : undefined}
          className={`flex items-start gap-3 border-l-4 pl-3 sm:flex-col sm:gap-1 sm:border-l-0 sm:border-t-4 sm:pl-0 sm:pt-2 ${
            s.done ? "border-emerald-700 dark:border-emerald-400" : "border-stone-300 dark:border-stone-700"
          }`}
        >
          <span className={s.done ? "font-medium text-stone-900 dark:text-stone-100" : "text-stone-600 dark:text-stone-400"}>
            {s.label}
            <span className="sr-only">{s.done ? " (done)" : " (not yet)"}</span>
          </span>
          <span className="text-sm text-stone-600 dark:text-stone-400">{s.at ? longDate(s.at) : s.done ? "Done" : "Not yet"}</span>
          {s.step === "shipped" && s.done && trackingUrl ? (
            <a href={trackingUrl} rel="noopener noreferrer" className="inline-block py-1 text-sm underline underline-offset-2">
              Track the parcel
            </a>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function OrderDetails({ order }: { order: OrderView }) {
  const money = (cents: number) => formatMoney(cents, order.currency);
  const onItsWay = order.status !== "cancelled" && order.status !== "refunded" && order.status !== "pending";
  return (
    <section aria-labelledby="order-heading" className="mt-6 space-y-6">
      <h2 id="order-heading" className="font-serif text-2xl">
        Order {order.number}
      </h2>
      {onItsWay ? <OrderTimeline steps={order.timeline} trackingUrl={order.shipment?.trackingUrl ?? null} /> : null}
      <dl className="grid grid-cols-[auto,1fr] gap-x-6 gap-y-1">
        <dt className="text-stone-600 dark:text-stone-400">Placed</dt>
        <dd>{longDate(order.placedAt)}</dd>
        <dt className="text-stone-600 dark:text-stone-400">Status</dt>
        <dd>{ORDER_STATUS_LABELS[order.status]}</dd>
        {order.shipTo ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Shipping to</dt>
            <dd>
              {order.shipTo.name}, {order.shipTo.city}, {order.shipTo.country}
            </dd>
          </>
        ) : null}
        {order.shipment ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Shipped with</dt>
            <dd>{[order.shipment.carrier, order.shipment.trackingNumber].filter(Boolean).join(", tracking number ")}</dd>
          </>
        ) : null}
        {order.refundedCents > 0 ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Refunded</dt>
            <dd className="tabular-nums">{money(order.refundedCents)}</dd>
          </>
        ) : null}
      </dl>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Items and amounts</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Price</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-700 dark:border-stone-700">
          {order.items.map((item, i) => (
            <tr key={i}>
              <td className="py-3 pr-4">
                <div className="flex items-center gap-3">
                  {item.thumbnail ? (
                    <img src={item.thumbnail} alt="" width={64} height={64} loading="lazy" className="h-16 w-16 shrink-0 rounded object-cover" />
                  ) : (
                    <span aria-hidden="true" className="h-16 w-16 shrink-0 rounded bg-stone-200 dark:bg-stone-800" />
                  )}
                  <span>
                    <span className="font-medium">{item.title}</span>
                    {item.description ? <span className="block text-sm text-stone-600 dark:text-stone-400">{item.description}</span> : null}
                    <span className="block text-sm tabular-nums text-stone-600 dark:text-stone-400">Quantity {item.quantity}</span>
                  </span>
                </div>
              </td>
              <td className="py-3 text-right align-top tabular-nums">{money(item.totalCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {order.amounts.map((line) => (
            <tr key={line.kind} data-amount={line.kind}>
              <th scope="row" className={`pt-2 text-right ${line.kind === "paid" ? "font-semibold" : "font-normal"}`}>
                {line.label}
              </th>
              <td className={`pt-2 text-right tabular-nums ${line.kind === "paid" ? "font-semibold" : ""}`}>{line.text}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </section>
  );
}
