// The back office's front page: its sections, each with what it is for.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { adminSections } from "~/components/admin/admin-sections";
import { TodayPanel } from "~/components/admin/today-panel";
import { adminResponseHeaders, requireAdmin } from "~/lib/admin.server";
import { adminMeta } from "~/lib/admin-meta";
import { todayAtAGlance } from "~/lib/admin-health.server";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  return json({ today: await todayAtAGlance(args.context.db) }, { headers: adminResponseHeaders });
}

export const meta: MetaFunction = () => adminMeta("Overview");

export default function AdminIndex() {
  const { today } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1 className="font-serif text-3xl">Back office</h1>
      <TodayPanel today={today} />
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {adminSections.map((section) => (
          <li key={section.to}>
            <Link to={section.to} className="block h-full rounded-lg border border-stone-200 p-4 hover:bg-stone-50 dark:border-stone-800 dark:hover:bg-stone-900">
              <span className="font-medium underline-offset-2">{section.label}</span>
              <span className="mt-1 block text-sm text-stone-700 dark:text-stone-300">{section.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
