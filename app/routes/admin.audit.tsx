// The audit log: every change made in the back office, newest first, fifty a page.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AdminPager } from "~/components/admin/admin-pager";
import { EmptyState } from "~/components/ui/empty-state";
import { adminResponseHeaders, listAuditLog, requireAdmin, toResponse } from "~/lib/admin.server";
import { adminMeta } from "~/lib/admin-meta";
import { AdminTable } from "~/components/admin/admin-table";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const before = new URL(args.request.url).searchParams.get("before") ?? undefined;
  const page = await listAuditLog(args.context.db, { before }).catch((error: unknown) => {
    throw toResponse(error);
  });
  return json({ ...page, isFirstPage: before === undefined }, { headers: adminResponseHeaders });
}

export const meta: MetaFunction = () => adminMeta("Audit log");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function State({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-stone-600 dark:text-stone-400">—</span>;
  return <pre className="max-w-xs overflow-x-auto whitespace-pre-wrap break-words font-mono text-xs">{JSON.stringify(value, null, 1)}</pre>;
}

export default function AdminAudit() {
  const { rows, nextBefore, isFirstPage } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1 className="font-serif text-3xl">Audit log</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Every change made in the back office, newest first. Times are UTC.</p>
      {rows.length === 0 ? (
        <EmptyState title={isFirstPage ? "Nothing has been changed yet." : "No older entries."} />
      ) : (
        <AdminTable label="Changes" className="mt-6" caption="Changes, newest first" columns={[{ label: "When" }, { label: "Who" }, { label: "What" }, { label: "Subject" }, { label: "Before" }, { label: "After" }]}>
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={row.at}>{when.format(new Date(row.at))}</time>
              </td>
              <td className="px-3 py-2">{row.adminEmail}</td>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{row.action}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {row.subjectType} {row.subjectId}
              </td>
              <td className="px-3 py-2">
                <State value={row.before} />
              </td>
              <td className="px-3 py-2">
                <State value={row.after} />
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <AdminPager first={!isFirstPage ? { to: "/admin/audit", label: "Newest entries" } : null} next={nextBefore !== null ? { to: `/admin/audit?before=${nextBefore}`, label: "Older entries" } : null} />
    </div>
  );
}
