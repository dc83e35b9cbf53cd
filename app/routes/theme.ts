// POST /theme: remembers light / dark / system in a cookie. Without JavaScript it redirects back.
import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { themes, themeSetCookie } from "~/lib/theme";
import { safeRedirectPath } from "~/shared/safe-redirect";

const themeFormSchema = z.object({
  theme: z.enum(themes),
  redirectTo: z.string().max(2000).optional(),
});

export function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = themeFormSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return json({ error: "Choose light, dark or system." }, { status: 400 });
  const headers = { "Set-Cookie": themeSetCookie(parsed.data.theme, context.env.isProduction) };
  if (parsed.data.redirectTo !== undefined) return redirect(safeRedirectPath(parsed.data.redirectTo), { headers });
  return json({ theme: parsed.data.theme }, { headers });
}
