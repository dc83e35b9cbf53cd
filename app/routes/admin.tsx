// The back office's frame: every /admin page but the login renders inside it, behind the guard.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { adminSections } from "~/components/admin/admin-sections";
import { Button } from "~/components/ui/button";
import { adminResponseHeaders, clearedAdminCookie, endAdminSession, requireAdmin } from "~/lib/admin.server";
import { adminMeta } from "~/lib/admin-meta";

export async function loader(args: LoaderFunctionArgs) {
  const admin = await requireAdmin(args);
  return json({ email: admin.email }, { headers: adminResponseHeaders });
}

/** Sign out: this browser's session ends, the others stay (the account page ends them all). */
export async function action(args: ActionFunctionArgs) {
  await requireAdmin(args);
  await endAdminSession(args.context.db, args.context.adminSessionToken);
  return redirect("/admin/login?signedOut=1", { status: 303, headers: { ...adminResponseHeaders, "Set-Cookie": clearedAdminCookie(args.context.env.isProduction) } });
}

// Children without headers of their own inherit these: no back-office page is ever cached or indexed.
export const headers: HeadersFunction = () => adminResponseHeaders;

export const meta: MetaFunction = () => adminMeta("Back office");

const navClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
    isActive ? "bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900" : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
  }`;

export default function AdminLayout() {
  const { email } = useLoaderData<typeof loader>();
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-200 dark:border-stone-800">
        <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <NavLink to="/admin" end className="font-serif text-xl">
            Printroom <span className="text-stone-600 dark:text-stone-400">back office</span>
          </NavLink>
          <div className="flex items-center gap-3 text-sm">
            <span className="hidden text-stone-600 sm:inline dark:text-stone-400">{email}</span>
            <Form method="post" action="/admin">
              <Button variant="secondary">Sign out</Button>
            </Form>
          </div>
        </div>
        <nav aria-label="Back office" className="mx-auto w-full max-w-6xl overflow-x-auto px-4 pb-2 sm:px-6">
          <ul className="flex gap-1">
            {adminSections.map((section) => (
              <li key={section.to}>
                <NavLink to={section.to} className={navClass}>
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">
        <Outlet />
      </main>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <main className="mx-auto w-full max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-3xl">Back office</h1>
      <p className="mt-4">This page could not be shown just now.</p>
      <a href="/admin" className="mt-4 inline-block underline underline-offset-2">
        Back to the back office
      </a>
    </main>
  );
}
