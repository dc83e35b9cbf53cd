// The one guard of the back office (docs/decisions/024-back-office-access.md): every admin loader
// and action starts with `requireAdmin`, every admin procedure is an `adminProcedure`.
// server/admin/guard.test.ts finds every admin route and procedure and proves each refuses a
// visitor without an admin session.
import { redirect } from "@remix-run/node";
import { TRPCError } from "@trpc/server";
import type { Request as ExpressRequest } from "express";
import type { AppContext } from "../http/load-context";
import { isCrossSite } from "../http/same-origin";
import { publicProcedure } from "../trpc/init";
import { adminForSession, type Admin } from "./access/sessions";

export const ADMIN_LOGIN_PATH = "/admin/login";

/** Headers of every back-office answer: never kept by a cache, never indexed. */
export const adminResponseHeaders = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow" } as const;

/** The login page, coming back to `url` once signed in. */
export function loginRedirect(url: URL): Response {
  const next = `${url.pathname}${url.search}`;
  const location = next === "/admin" ? ADMIN_LOGIN_PATH : `${ADMIN_LOGIN_PATH}?next=${encodeURIComponent(next)}`;
  return redirect(location, { status: 303, headers: adminResponseHeaders });
}

function headersOf(request: Request): Pick<ExpressRequest, "headers"> {
  return { headers: { origin: request.headers.get("origin") ?? undefined, "sec-fetch-site": request.headers.get("sec-fetch-site") ?? undefined, host: request.headers.get("host") ?? undefined, "x-forwarded-host": request.headers.get("x-forwarded-host") ?? undefined } };
}

/**
 * The signed-in owner, or a thrown redirect to the login page. A request that changes something
 * must also come from this site: the edge refuses cross-site posts already (server/http/same-origin.ts),
 * and the guard asks again so an admin action never depends on how it was mounted.
 */
export async function requireAdmin({ request, context }: { request: Request; context: Pick<AppContext, "db" | "adminSessionToken"> }): Promise<Admin> {
  const admin = await adminForSession(context.db, context.adminSessionToken);
  if (!admin) throw loginRedirect(new URL(request.url));
  if (request.method !== "GET" && request.method !== "HEAD" && isCrossSite(headersOf(request))) {
    throw new Response("This form was sent from another site, so nothing was changed.", { status: 403, headers: adminResponseHeaders });
  }
  return admin;
}

/** A tRPC procedure for the signed-in owner; anyone else gets 401. Mutations passed the origin check in server/http/trpc-edge.ts. */
export const adminProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const admin = await adminForSession(ctx.db, ctx.adminSessionToken);
  if (!admin) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to the back office first." });
  return next({ ctx: { ...ctx, admin } });
});
