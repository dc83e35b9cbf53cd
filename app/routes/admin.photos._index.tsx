// The photo list: search by title, place or tag, on sale or not, 25 a page; a GET form, so a
// search is a link the owner can keep.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Field, inputClass } from "~/components/ui/field";
import { Button, buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { TextField } from "~/components/ui/text-field";
import { adminResponseHeaders, requireAdmin, toResponse } from "~/lib/admin.server";
import { listAdminPhotos } from "~/lib/admin-catalogue.server";
import { adminMeta } from "~/lib/admin-meta";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const params = new URL(args.request.url).searchParams;
  const list = await listAdminPhotos(args.context.db, { q: params.get("q") ?? "", status: (params.get("status") ?? "") as "", page: params.get("page") ?? undefined }).catch((error: unknown) => {
    throw toResponse(error);
  });
  return json(list, { headers: adminResponseHeaders });
}

export const meta: MetaFunction = () => adminMeta("Photos");

function pageLink(filters: { q: string; status: string }, page: number): string {
  const params = new URLSearchParams(Object.entries({ ...filters, page: String(page) }).filter(([, v]) => v !== "" && v !== "1"));
  return params.size ? `/admin/photos?${params}` : "/admin/photos";
}

export default function AdminPhotos() {
  const { rows, matching, page, pages, filters } = useLoaderData<typeof loader>();
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl">Photos</h1>
        <Link to="/admin/photos/new" className={buttonClass()}>
          New photo
        </Link>
      </div>
      <Form method="get" role="search" aria-label="Find photos" className="mt-6 grid gap-4 sm:grid-cols-3 sm:items-end">
        <TextField label="Search" name="q" type="search" defaultValue={filters.q} hint="Title, place or tag" />
        <Field label="Shown">
          {(aria) => (
            <select name="status" defaultValue={filters.status} {...aria} className={inputClass}>
              <option value="">All photos</option>
              <option value="active">On sale</option>
              <option value="inactive">Not on sale</option>
            </select>
          )}
        </Field>
        <Button className="justify-self-start">Show photos</Button>
      </Form>
      <p className="mt-6" aria-live="polite">
        {matching === 1 ? "1 photo" : `${matching} photos`}
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No photos match." />
      ) : (
        <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-800">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Photos in the store's order</caption>
            <thead className="bg-stone-50 dark:bg-stone-900">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Title</th>
                <th scope="col" className="px-3 py-2 font-medium">Collection</th>
                <th scope="col" className="px-3 py-2 font-medium">On sale</th>
                <th scope="col" className="px-3 py-2 font-medium">Prices</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="px-3 py-2">
                    <Link to={`/admin/photos/${row.id}`} className="inline-block py-1 font-medium underline underline-offset-2">
                      {row.title}
                    </Link>
                    {row.isFeatured ? <span className="ml-2 text-stone-600 dark:text-stone-400">featured</span> : null}
                  </td>
                  <td className="px-3 py-2">{row.collection ?? "—"}</td>
                  <td className="px-3 py-2">{row.isActive ? "Yes" : "No"}</td>
                  <td className="px-3 py-2">
                    <Link to={`/admin/photos/${row.id}/prices`} className="inline-block py-1 underline underline-offset-2">
                      Prices<span className="sr-only"> of {row.title}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-6 flex justify-between gap-4">
          {page > 1 ? <Link to={pageLink(filters, page - 1)} className={buttonClass("secondary")}>Previous page</Link> : <span />}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link to={pageLink(filters, page + 1)} rel="next" className={buttonClass("secondary")}>Next page</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
