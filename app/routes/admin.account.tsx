// The owner's account: how many sessions are open, and ending all of them ("sign out everywhere").
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { adminResponseHeaders, clearedAdminCookie, openSessionCount, requireAdmin, signOutEverywhere } from "~/lib/admin.server";
import { adminMeta } from "~/lib/admin-meta";

export async function loader(args: LoaderFunctionArgs) {
  const admin = await requireAdmin(args);
  return json({ email: admin.email, openSessions: await openSessionCount(args.context.db, admin.id) }, { headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  await signOutEverywhere(args.context.db, admin.id);
  return redirect("/admin/login?signedOut=1", { status: 303, headers: { ...adminResponseHeaders, "Set-Cookie": clearedAdminCookie(args.context.env.isProduction) } });
}

export const meta: MetaFunction = () => adminMeta("Account");

export default function AdminAccount() {
  const { email, openSessions } = useLoaderData<typeof loader>();
  const ending = useNavigation().state === "submitting";
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl">Account</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        Signed in as <strong className="font-medium text-stone-900 dark:text-stone-100">{email}</strong>.{" "}
        {openSessions === 1 ? "This is your only open session." : `You have ${openSessions} open sessions, this one included.`} A session ends after 30 minutes
        without use.
      </p>
      <h2 className="mt-8 font-serif text-xl">Sign out everywhere</h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Ends every session of this account at once, on every phone and computer, this one too. Use it after signing in on a device that is not yours.</p>
      <Form method="post" className="mt-4">
        <Button busy={ending} busyLabel="Signing out…">
          Sign out everywhere
        </Button>
      </Form>
    </div>
  );
}
