// Signing in to the back office. Outside the admin frame (admin_), so its guard does not send the
// login page to itself. A wrong password and an unknown e-mail get the same answer, byte for byte.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { Notice } from "~/components/ui/notice";
import { TextField } from "~/components/ui/text-field";
import { adminCookie, adminForSession, adminResponseHeaders, loginFormSchema, logIn } from "~/lib/admin.server";
import { adminMeta } from "~/lib/admin-meta";
import { handleForm } from "~/lib/forms.server";
import { adminNextPath } from "~/shared/admin-paths";
import { formFailureOf } from "~/shared/form-result";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const next = adminNextPath(url.searchParams.get("next"));
  if (await adminForSession(context.db, context.adminSessionToken)) throw redirect(next, { headers: adminResponseHeaders });
  return json({ next, signedOut: url.searchParams.get("signedOut") === "1" }, { headers: adminResponseHeaders });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(
    request,
    loginFormSchema,
    async (input) => {
      const { token } = await logIn(context.db, input, { rateLimits: context.rateLimits, clientIp: context.clientIp }, context.adminSessionToken);
      return redirect(adminNextPath(input.next), { status: 303, headers: { ...adminResponseHeaders, "Set-Cookie": adminCookie(token, context.env.isProduction) } });
    },
    // Echoing the e-mail would make the answers for a known and an unknown address differ.
    { neverEcho: ["email", "password"] },
  );
}

export const headers: HeadersFunction = () => adminResponseHeaders;

export const meta: MetaFunction = () => adminMeta("Sign in");

export default function AdminLogin() {
  const { next, signedOut } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const signingIn = useNavigation().state === "submitting";
  const errors = failure?.fieldErrors ?? {};
  return (
    <main id="main" className="mx-auto w-full max-w-sm px-4 py-16">
      <h1 className="font-serif text-3xl">Printroom back office</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Sign in with your owner account.</p>
      {signedOut && !failure ? (
        <Notice tone="success" className="mt-6">
          You are signed out.
        </Notice>
      ) : null}
      <Form method="post" noValidate className="mt-6 space-y-5">
        <FormErrors failure={failure} />
        <input type="hidden" name="next" value={next} />
        <TextField label="E-mail address" name="email" type="email" autoComplete="username" required maxLength={254} error={errors.email} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required maxLength={1024} error={errors.password} />
        <Button busy={signingIn} busyLabel="Signing in…" className="w-full">
          Sign in
        </Button>
      </Form>
    </main>
  );
}

export function ErrorBoundary() {
  return (
    <main className="mx-auto w-full max-w-sm px-4 py-16">
      <h1 className="font-serif text-3xl">Printroom back office</h1>
      <p className="mt-4">The sign-in page could not be shown just now.</p>
      <a href="/admin/login" className="mt-4 inline-block underline underline-offset-2">
        Try again
      </a>
    </main>
  );
}
