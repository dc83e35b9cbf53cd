// The policy pages the owner can rewrite: each shows whether it has the owner's words or the defaults.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, listContentPagesForAdmin, requireAdmin } from "~/lib/admin-content.server";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  return json({ pages: await listContentPagesForAdmin(args.context.db) }, { headers: adminResponseHeaders });
}

export const meta: MetaFunction = () => adminMeta("Content pages");

const edited = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default function AdminContentPages() {
  const { pages } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl">Content pages</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">The pages a buyer reads before paying. The assistant answers from the same words.</p>
      <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
        {pages.map((page) => (
          <li key={page.slug} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <Link to={`/admin/content/${page.slug}`} className="inline-block py-1 font-medium underline underline-offset-2">
              {page.title}
            </Link>
            <span className="text-sm text-stone-600 dark:text-stone-400">
              /{page.slug} ·{" "}
              {page.updatedAt ? (
                <>
                  your words, <time dateTime={page.updatedAt}>{edited.format(new Date(page.updatedAt))}</time>
                </>
              ) : (
                "the default words"
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
