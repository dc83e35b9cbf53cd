// An order as the shopper sees it after paying or when tracking it: status, shipment, items.
import type { OrderView } from "../../../server/orders/order-view";
import { OrderLines } from "~/components/checkout/order-lines";
import { formatMoney } from "~/shared/money";

const statusLabels: Record<OrderView["status"], string> = {
  pending: "Pending",
  paid: "Paid — waiting to go into production",
  in_production: "Being printed",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
  refunded: "Refunded",
};

export function OrderDetails({ order }: { order: OrderView }) {
  const placed = new Date(order.placedAt).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  return (
    <section aria-labelledby="order-heading" className="mt-6 space-y-4">
      <h2 id="order-heading" className="font-serif text-2xl">
        Order {order.number}
      </h2>
      <dl className="grid grid-cols-[auto,1fr] gap-x-6 gap-y-1">
        <dt className="text-stone-600 dark:text-stone-400">Placed</dt>
        <dd>{placed}</dd>
        <dt className="text-stone-600 dark:text-stone-400">Status</dt>
        <dd>{statusLabels[order.status]}</dd>
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
            <dd>
              {[order.shipment.carrier, order.shipment.trackingNumber].filter(Boolean).join(", tracking number ")}
              {order.shipment.trackingUrl ? (
                <>
                  {" "}
                  <a href={order.shipment.trackingUrl} rel="noopener noreferrer" className="underline underline-offset-2">
                    Track the parcel
                  </a>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {order.refundedCents > 0 ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Refunded</dt>
            <dd className="tabular-nums">{formatMoney(order.refundedCents, order.currency)}</dd>
          </>
        ) : null}
      </dl>
      <OrderLines
        lines={order.items}
        subtotalCents={order.subtotalCents}
        discountCents={order.discountCents}
        totalCents={order.totalCents}
        currency={order.currency}
        totalLabel="Total paid"
      />
    </section>
  );
}
