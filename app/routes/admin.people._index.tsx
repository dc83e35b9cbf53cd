// Newsletter subscribers: search by address, sorted newest, oldest or by address, where each signed
// up and whether they confirmed, 50 a page; the CSV of everything the search matches; unsubscribing one. A GET form for the search, so a
// list is a link the owner can keep; unsubscribing is a POST that works without JavaScript.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { SubscriberRow, SubscriberSort } from "../../server/admin/people/subscribers";
import { AdminPager, adminLinkClass } from "~/components/admin/admin-pager";
import { PeopleTabs } from "~/components/admin/people-tabs";
import { Button } from "~/components/ui/button";
import { Field, inputClass } from "~/components/ui/field";
import { EmptyState } from "~/components/ui/empty-state";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, DomainError, listSubscribers, requireAdmin, unsubscribeFromBackOffice, unsubscribeInput } from "~/lib/admin-people.server";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";
import { AdminTable } from "~/components/admin/admin-table";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const params = new URL(args.request.url).searchParams;
  const q = params.get("q") ?? "";
  const sort = params.get("sort") || "newest";
  const after = params.get("after") ?? undefined;
  try {
    const page = await listSubscribers(args.context.db, { q, sort: sort as SubscriberSort, after });
    return json({ ...page, q, sort, isFirstPage: after === undefined, problem: null }, { headers: adminResponseHeaders });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return json({ rows: [] as SubscriberRow[], matching: 0, next: null, q, sort, isFirstPage: true, problem: error.message }, { status: 400, headers: adminResponseHeaders });
  }
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, unsubscribeInput, async (input) => {
    const removed = await unsubscribeFromBackOffice(args.context.db, admin, input);
    return json({ ok: true as const, unsubscribed: removed.email }, { headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction = () => adminMeta("Subscribers");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const SOURCE_LABELS: Record<string, string> = {
  footer: "Footer",
  popup: "Pop-up",
  checkout: "Checkout",
  homepage: "Home page",
  purchase: "Purchase",
  gift_card_purchase: "Gift card purchase",
  chat: "Assistant",
};

const SORTS: { value: SubscriberSort; label: string }[] = [
  { value: "newest", label: "Newest first" },
  { value: "oldest", label: "Oldest first" },
  { value: "email", label: "E-mail, A to Z" },
];

const listPath = (q: string, sort: string, after?: string) => {
  const params = new URLSearchParams(Object.entries({ q, sort: sort === "newest" ? "" : sort, after: after ?? "" }).filter(([, v]) => v !== ""));
  return params.size ? `/admin/people?${params}` : "/admin/people";
};

export default function AdminSubscribers() {
  const { rows, matching, next, q, sort, isFirstPage, problem } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const failure = formFailureOf(answer);
  const pending = useNavigation().formData?.get("id");
  const csvHref = `/admin/people/subscribers.csv${q ? `?${new URLSearchParams({ q })}` : ""}`;
  return (
    <div>
      <h1 className="font-serif text-3xl">People</h1>
      <PeopleTabs />
      <h2 className="mt-6 text-xl font-medium">Newsletter subscribers</h2>
      <Form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label="Find subscribers">
        <TextField label="Search" name="q" type="search" defaultValue={q} hint="Any part of the e-mail address" className="w-full sm:w-80" />
        <Field label="Sort">
          {(aria) => (
            <select name="sort" defaultValue={sort} {...aria} className={inputClass}>
              {SORTS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button>Show</Button>
        {q || sort !== "newest" ? (
          <Link to="/admin/people" className={adminLinkClass}>
            Clear
          </Link>
        ) : null}
      </Form>
      {problem ? (
        <Notice tone="error" className="mt-6">
          {problem}
        </Notice>
      ) : null}
      {answer && "unsubscribed" in answer ? (
        <Notice tone="success" className="mt-6">
          {answer.unsubscribed} is unsubscribed.
        </Notice>
      ) : null}
      {failure ? (
        <Notice tone="error" className="mt-6">
          {failure.formError ?? Object.values(failure.fieldErrors).join(" ")}
        </Notice>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite">
          {matching === 1 ? "1 subscriber" : `${matching} subscribers`}
          {q ? ` matching “${q}”` : ""}
        </p>
        <a href={csvHref} download className={adminLinkClass}>
          Download CSV{q ? " of these" : ""}
        </a>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={isFirstPage ? (q ? "No subscriber matches that search." : "Nobody has subscribed yet.") : "No more subscribers."} />
      ) : (
        <AdminTable label="Subscribers" caption={`Subscribers, ${SORTS.find((option) => option.value === sort)?.label.toLowerCase() ?? ""}`} columns={[{ label: "E-mail" }, { label: "Signed up at" }, { label: "Confirmed" }, { label: "Since" }, { label: <span className="sr-only">Actions</span> }]}>
          {rows.map((row) => (
            <tr key={row.id} className="align-middle">
              <td className="break-all px-3 py-2">{row.email}</td>
              <td className="whitespace-nowrap px-3 py-2">{SOURCE_LABELS[row.source] ?? row.source}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {row.confirmedAt ? <time dateTime={row.confirmedAt}>{when.format(new Date(row.confirmedAt))}</time> : "Not yet"}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={row.subscribedAt}>{when.format(new Date(row.subscribedAt))}</time>
              </td>
              <td className="px-3 py-2 text-right">
                <Form method="post">
                  <input type="hidden" name="id" value={row.id} />
                  <Button variant="quiet" busy={pending === String(row.id)} busyLabel="Unsubscribing…">
                    Unsubscribe<span className="sr-only"> {row.email}</span>
                  </Button>
                </Form>
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <AdminPager first={!isFirstPage ? { to: listPath(q, sort), label: "First page" } : null} next={next !== null ? { to: listPath(q, sort, next), label: "Next page" } : null} />
    </div>
  );
}
