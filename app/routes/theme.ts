// POST /theme: remembers light / dark / system in a cookie. Without JavaScript it redirects back.
import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { handleForm } from "~/lib/forms.server";
import { themeFormSchema } from "~/lib/preferences.server";
import { safeRedirectPath } from "~/shared/safe-redirect";
import { themeSetCookie } from "~/shared/theme";

export function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(request, themeFormSchema, async ({ theme, redirectTo }) => {
    const headers = { "Set-Cookie": themeSetCookie(theme, context.env.isProduction) };
    if (redirectTo !== undefined) return redirect(safeRedirectPath(redirectTo), { headers });
    return json({ ok: true as const, theme }, { headers });
  });
}
