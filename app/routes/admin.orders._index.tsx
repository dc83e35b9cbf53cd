// The order list: search by number, e-mail or name, filter by status and the days it was placed,
// newest first, 25 a page. A GET form, so a filtered list is a link the owner can keep.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { OrderListRow } from "../../server/admin/orders/order-list";
import { AdminPager, adminLinkClass } from "~/components/admin/admin-pager";
import { Field, inputClass } from "~/components/ui/field";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { adminResponseHeaders, requireAdmin } from "~/lib/admin.server";
import { DomainError, listOrders } from "~/lib/admin-orders.server";
import { adminMeta } from "~/lib/admin-meta";
import { formatMoney } from "~/shared/money";
import { ORDER_STATUS_LABELS } from "~/shared/order-status";
import { AdminTable } from "~/components/admin/admin-table";

const FILTERS = ["q", "status", "from", "to"] as const;

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const params = new URL(args.request.url).searchParams;
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ""])) as Record<(typeof FILTERS)[number], string>;
  const before = params.get("before") ?? undefined;
  try {
    const page = await listOrders(args.context.db, { ...filters, before });
    return json({ ...page, filters, isFirstPage: before === undefined, problem: null }, { headers: adminResponseHeaders });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return json({ rows: [] as OrderListRow[], matching: 0, nextBefore: null, filters, isFirstPage: true, problem: error.message }, { status: 400, headers: adminResponseHeaders });
  }
}

export const meta: MetaFunction = () => adminMeta("Orders");

const placed = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function withFilters(filters: Record<string, string>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(Object.entries({ ...filters, ...extra }).filter(([, v]) => v !== ""));
  const query = params.toString();
  return query ? `/admin/orders?${query}` : "/admin/orders";
}

export default function AdminOrders() {
  const { rows, matching, nextBefore, filters, isFirstPage, problem } = useLoaderData<typeof loader>();
  const filtered = FILTERS.some((name) => filters[name] !== "");
  return (
    <div>
      <h1 className="font-serif text-3xl">Orders</h1>
      <Form method="get" className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" role="search" aria-label="Find orders">
        <TextField label="Search" name="q" type="search" defaultValue={filters.q} hint="Number, e-mail or name" className="lg:col-span-2" />
        <Field label="Status">
          {(aria) => (
            <select name="status" defaultValue={filters.status} {...aria} className={inputClass}>
              <option value="">Any status</option>
              {Object.entries(ORDER_STATUS_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label="Placed from" name="from" type="date" defaultValue={filters.from} />
        <TextField label="Placed until" name="to" type="date" defaultValue={filters.to} />
        <div className="flex gap-3 lg:col-span-5">
          <Button>Show orders</Button>
          {filtered ? (
            <Link to="/admin/orders" className={adminLinkClass}>
              Clear
            </Link>
          ) : null}
        </div>
      </Form>
      {problem ? (
        <Notice tone="error" className="mt-6">
          {problem}
        </Notice>
      ) : null}
      <p className="mt-6 text-stone-700 dark:text-stone-300" aria-live="polite">
        {matching === 1 ? "1 order" : `${matching} orders`}
        {filtered ? " match" : ""}. Times are UTC.
      </p>
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No orders match." : isFirstPage ? "No orders yet." : "No older orders."} />
      ) : (
        <AdminTable label="Orders" caption="Orders, newest first" columns={[{ label: "Order" }, { label: "Placed" }, { label: "Customer" }, { label: "Status" }, { label: "Value", align: "right" }]}>
          {rows.map((row) => (
            <tr key={row.number} className="align-top">
              <td className="whitespace-nowrap px-3 py-2">
                <Link to={`/admin/orders/${row.number}`} className="inline-block py-1 font-medium underline underline-offset-2">
                  {row.number}
                </Link>
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={row.placedAt}>{placed.format(new Date(row.placedAt))}</time>
              </td>
              <td className="px-3 py-2">
                {row.customerName || "—"}
                <span className="block break-all text-stone-600 dark:text-stone-400">{row.email}</span>
              </td>
              <td className="px-3 py-2">{ORDER_STATUS_LABELS[row.status]}</td>
              <td className="whitespace-nowrap px-3 py-2 text-right">{formatMoney(row.valueCents, row.currency)}</td>
            </tr>
          ))}
        </AdminTable>
      )}
      <AdminPager first={!isFirstPage ? { to: withFilters(filters), label: "Newest orders" } : null} next={nextBefore !== null ? { to: withFilters(filters, { before: String(nextBefore) }), label: "Older orders" } : null} />
    </div>
  );
}
