// The collections in the store's order, with how many photos each holds.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { adminResponseHeaders, requireAdmin } from "~/lib/admin.server";
import { listAdminCollections } from "~/lib/admin-catalogue.server";
import { adminMeta } from "~/lib/admin-meta";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const collections = await listAdminCollections(args.context.db);
  return json({ collections }, { headers: adminResponseHeaders });
}

export const meta: MetaFunction = () => adminMeta("Collections");

export default function AdminCollections() {
  const { collections } = useLoaderData<typeof loader>();
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl">Collections</h1>
        <Link to="/admin/collections/new" className={buttonClass()}>
          New collection
        </Link>
      </div>
      {collections.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="No collections yet." />
        </div>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-800">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Collections in the store's order</caption>
            <thead className="bg-stone-50 dark:bg-stone-900">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Title</th>
                <th scope="col" className="px-3 py-2 font-medium">Address</th>
                <th scope="col" className="px-3 py-2 font-medium">Photos</th>
                <th scope="col" className="px-3 py-2 font-medium">Shown</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {collections.map((collection) => (
                <tr key={collection.id}>
                  <td className="px-3 py-2">
                    <Link to={`/admin/collections/${collection.id}`} className="inline-block py-1 font-medium underline underline-offset-2">
                      {collection.title}
                    </Link>
                  </td>
                  <td className="px-3 py-2">/collections/{collection.slug}</td>
                  <td className="px-3 py-2">{collection.photoCount}</td>
                  <td className="px-3 py-2">{collection.isActive ? "Yes" : "No"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
