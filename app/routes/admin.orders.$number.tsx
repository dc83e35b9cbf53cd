// One order in the back office: what was bought and paid (the gift card's part too), where it goes,
// its timeline, refunds and anomalies, and a form for each step it can take now. Every form posts
// here; the action checks the owner and the origin (requireAdmin), and each change is audited.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import type { AdminOrder } from "../../server/admin/orders/order-detail";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { adminResponseHeaders, requireAdmin, toResponse } from "~/lib/admin.server";
import { loadAdminOrder, moveOrderAsAdmin, orderFormSchema, refundOrderAsAdmin, shipOrderAsAdmin } from "~/lib/admin-orders.server";
import { adminMeta } from "~/lib/admin-meta";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf, type FormFailure } from "~/shared/form-result";
import { centsToDecimalString, formatMoney } from "~/shared/money";
import { ORDER_STATUS_LABELS } from "~/shared/order-status";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const order = await loadAdminOrder(args.context.db, args.params.number ?? "").catch((error: unknown) => {
    throw toResponse(error);
  });
  return json({ order }, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  const { db, payments, log } = args.context;
  const number = args.params.number ?? "";
  return handleForm(args.request, orderFormSchema, async (input) => {
    if (input.intent === "move") await moveOrderAsAdmin(db, admin, { number, to: input.to });
    if (input.intent === "ship") await shipOrderAsAdmin(db, admin, { number, carrier: input.carrier, trackingNumber: input.trackingNumber, trackingUrl: input.trackingUrl });
    if (input.intent === "refund") await refundOrderAsAdmin({ db, payments, log }, admin, { number, amountCents: input.amount, idempotencyKey: input.idempotencyKey });
    const done = input.intent === "move" ? input.to : input.intent;
    return redirect(`/admin/orders/${encodeURIComponent(number)}?done=${done}`, { status: 303, headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => adminMeta(data ? `Order ${data.order.number}` : "Order");

const DONE: Record<string, string> = {
  in_production: "The order is in production.",
  ship: "The shipment is recorded; the customer gets one shipping e-mail with the tracking link.",
  delivered: "The order is delivered.",
  cancelled: "The order is cancelled. Refund it below if it was paid.",
  refund: "The refund is made.",
};

const EVENT_LABELS: Record<string, string> = {
  in_production: "Into production",
  shipped: "Shipped",
  tracking_changed: "Tracking corrected",
  delivered: "Delivered",
  cancelled: "Cancelled",
  refunded: "Refunded",
  refund_failed: "Refund refused",
};

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const sectionClass = "mt-10";
const h2Class = "font-serif text-xl";

function eventText(event: AdminOrder["events"][number], currency: string): string {
  const d = event.details;
  if (event.kind === "shipped" || event.kind === "tracking_changed") return [d.carrier, d.trackingNumber].filter(Boolean).join(" ");
  if (event.kind === "refunded" && typeof d.amountCents === "number") return formatMoney(d.amountCents, currency);
  if (event.kind === "refund_failed") return String(d.reason ?? "");
  return "";
}

function failureFor(failure: FormFailure | undefined, intent: string, to?: string): FormFailure | undefined {
  if (!failure || failure.values.intent !== intent) return undefined;
  return to === undefined || failure.values.to === to ? failure : undefined;
}

function StepForm({ to, label, failure, variant = "primary" }: { to: string; label: string; failure: FormFailure | undefined; variant?: "primary" | "secondary" }) {
  const busy = useNavigation().formData?.get("to") === to;
  return (
    <Form method="post" noValidate className="grid gap-3">
      <FormErrors failure={failureFor(failure, "move", to)} />
      <input type="hidden" name="to" value={to} />
      <Button name="intent" value="move" variant={variant} busy={busy} busyLabel="Saving…" className="justify-self-start">
        {label}
      </Button>
    </Form>
  );
}

function ShipForm({ order, failure }: { order: AdminOrder; failure: FormFailure | undefined }) {
  const mine = failureFor(failure, "ship");
  const busy = useNavigation().formData?.get("intent") === "ship";
  const shipped = order.status === "shipped";
  return (
    <Form method="post" noValidate className="grid gap-4 rounded-lg border border-stone-200 p-4 dark:border-stone-800">
      <h3 className="font-medium">{shipped ? "Correct the tracking" : "Ship it"}</h3>
      <FormErrors failure={mine} />
      <TextField label="Carrier" name="carrier" required defaultValue={mine?.values.carrier ?? order.shipment.carrier ?? ""} error={mine?.fieldErrors.carrier} hint="UPS, USPS, FedEx and DHL link to their tracking page by themselves." />
      <TextField label="Tracking number" name="trackingNumber" required autoComplete="off" spellCheck={false} defaultValue={mine?.values.trackingNumber ?? order.shipment.trackingNumber ?? ""} error={mine?.fieldErrors.trackingNumber} />
      <TextField label="Tracking link (another carrier)" name="trackingUrl" type="url" inputMode="url" defaultValue={mine?.values.trackingUrl ?? ""} error={mine?.fieldErrors.trackingUrl} hint="An https:// address; leave it empty for the carriers above." />
      <Button name="intent" value="ship" busy={busy} busyLabel="Saving…" className="justify-self-start">
        {shipped ? "Save the tracking" : "Mark shipped and e-mail the customer"}
      </Button>
    </Form>
  );
}

function RefundForm({ order, failure }: { order: AdminOrder; failure: FormFailure | undefined }) {
  const mine = failureFor(failure, "refund");
  const busy = useNavigation().formData?.get("intent") === "refund";
  const { paymentCents, giftCardCents } = order.refundable;
  const money = (cents: number) => formatMoney(cents, order.currency);
  const hint =
    giftCardCents > 0
      ? `Up to ${money(paymentCents)} goes back to the payment card first; the gift card's ${money(giftCardCents)} goes back onto the gift card with the last of the order (all ${money(paymentCents + giftCardCents)}).`
      : `Up to ${money(paymentCents)}, back to the payment card.`;
  return (
    <Form method="post" noValidate className="grid gap-4 rounded-lg border border-stone-200 p-4 dark:border-stone-800">
      <h3 className="font-medium">Refund</h3>
      <FormErrors failure={mine} />
      <input type="hidden" name="idempotencyKey" value={order.refundFormKey} />
      <TextField label="Amount in dollars" name="amount" inputMode="decimal" required defaultValue={mine?.values.amount ?? centsToDecimalString(paymentCents + giftCardCents)} error={mine?.fieldErrors.amount} hint={hint} />
      <Button name="intent" value="refund" busy={busy} busyLabel="Refunding…" className="justify-self-start">
        Refund
      </Button>
    </Form>
  );
}

export default function AdminOrderPage() {
  const { order } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  const money = (cents: number) => formatMoney(cents, order.currency);
  const address = order.shippingAddress;
  return (
    <div>
      <p>
        <Link to="/admin/orders" className="inline-block py-2 text-sm underline underline-offset-2">
          All orders
        </Link>
      </p>
      <h1 className="font-serif text-3xl">Order {order.number}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {ORDER_STATUS_LABELS[order.status]} · placed <time dateTime={order.placedAt}>{when.format(new Date(order.placedAt))}</time> UTC · {order.customerName || "no name"},{" "}
        <a href={`mailto:${order.email}`} className="break-all underline underline-offset-2">
          {order.email}
        </a>
      </p>
      {done && !failure ? (
        <Notice tone="success" className="mt-4">
          {done}
        </Notice>
      ) : null}

      {order.actions.length ? (
        <section className={sectionClass} aria-labelledby="next-steps">
          <h2 id="next-steps" className={h2Class}>
            Next steps
          </h2>
          <div className="mt-4 grid gap-6 lg:grid-cols-2">
            <div className="grid content-start gap-4">
              {order.actions.includes("in_production") ? <StepForm to="in_production" label="Mark in production" failure={failure} /> : null}
              {order.actions.includes("delivered") ? <StepForm to="delivered" label="Mark delivered" failure={failure} /> : null}
              {order.actions.includes("cancelled") ? <StepForm to="cancelled" label="Cancel the order" variant="secondary" failure={failure} /> : null}
            </div>
            {order.actions.includes("ship") ? <ShipForm order={order} failure={failure} /> : null}
            {order.actions.includes("refund") ? <RefundForm order={order} failure={failure} /> : null}
          </div>
        </section>
      ) : null}

      <section className={sectionClass} aria-labelledby="items">
        <h2 id="items" className={h2Class}>
          Items and amounts
        </h2>
        <ul className="mt-4 divide-y divide-stone-200 dark:divide-stone-800">
          {order.items.map((item, index) => (
            <li key={index} className="flex justify-between gap-4 py-2">
              <span>
                {item.quantity} × {item.title}
                {item.description ? <span className="block text-sm text-stone-600 dark:text-stone-400">{item.description}</span> : null}
              </span>
              <span className="whitespace-nowrap">{money(item.totalCents)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-4 grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 sm:max-w-sm sm:justify-self-end">
          {order.amounts.map((line) => (
            <div key={line.kind} className="contents">
              <dt className={line.kind === "paid" ? "font-medium" : ""}>{line.label}</dt>
              <dd className={`text-right ${line.kind === "paid" ? "font-medium" : ""}`}>{line.text}</dd>
            </div>
          ))}
          {order.refundedPaymentCents > 0 ? (
            <div className="contents">
              <dt>Refunded to the payment card</dt>
              <dd className="text-right">{money(order.refundedPaymentCents)}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section className={sectionClass} aria-labelledby="delivery">
        <h2 id="delivery" className={h2Class}>
          Delivery
        </h2>
        {address ? (
          <address className="mt-4 not-italic">
            {[address.name, address.line1, address.line2, [address.postalCode, address.city].filter(Boolean).join(" "), address.state, address.country].filter(Boolean).map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        ) : (
          <p className="mt-4">No shipping address (nothing to ship).</p>
        )}
        {order.shipment.carrier ? (
          <p className="mt-4">
            {order.shipment.carrier}, tracking number {order.shipment.trackingNumber}
            {order.shipment.trackingUrl ? (
              <>
                {" · "}
                <a href={order.shipment.trackingUrl} rel="noopener noreferrer" className="underline underline-offset-2">
                  the carrier's tracking page
                </a>
              </>
            ) : null}
          </p>
        ) : null}
      </section>

      <section className={sectionClass} aria-labelledby="timeline">
        <h2 id="timeline" className={h2Class}>
          Timeline
        </h2>
        <ol className="mt-4 grid gap-2">
          <li>
            <time dateTime={order.paidAt ?? order.placedAt}>{when.format(new Date(order.paidAt ?? order.placedAt))}</time> · Paid
          </li>
          {order.events.map((event, index) => (
            <li key={index}>
              <time dateTime={event.at}>{when.format(new Date(event.at))}</time> · {EVENT_LABELS[event.kind] ?? event.kind}
              {eventText(event, order.currency) ? ` · ${eventText(event, order.currency)}` : ""} <span className="text-sm text-stone-600 dark:text-stone-400">({event.actor})</span>
            </li>
          ))}
        </ol>
      </section>

      {order.refunds.length ? (
        <section className={sectionClass} aria-labelledby="refunds">
          <h2 id="refunds" className={h2Class}>
            Refunds
          </h2>
          <ul className="mt-4 grid gap-2">
            {order.refunds.map((refund, index) => (
              <li key={index}>
                <time dateTime={refund.at}>{when.format(new Date(refund.at))}</time> · {money(refund.amountCents)} ({money(refund.paymentCents)} to the payment card
                {refund.giftCardCents ? `, ${money(refund.giftCardCents)} onto the gift card` : ""}) · <span data-refund-status={refund.status}>{refund.status}</span>
                {refund.failureMessage ? `: ${refund.failureMessage}` : ""}
                {/* a pending refund holds its amount; the sweep (workers/tasks/finish-pending-refunds.ts) finishes it */}
                {refund.status === "pending" ? " — the payment provider has not confirmed it yet; it is finished by itself within a few minutes." : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {order.anomalies.length ? (
        <section className={sectionClass} aria-labelledby="anomalies">
          <h2 id="anomalies" className={h2Class}>
            Payment anomalies
          </h2>
          <ul className="mt-4 grid gap-2">
            {order.anomalies.map((anomaly, index) => (
              <li key={index}>
                <time dateTime={anomaly.at}>{when.format(new Date(anomaly.at))}</time> · {anomaly.kind.replaceAll("_", " ")} ({anomaly.eventType})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
