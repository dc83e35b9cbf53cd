// Calling back-office loaders and actions directly in a test, behind the real guard: a signed-in
// owner's load context and a visitor's, and a route's answer with a thrown Response (the guard's
// redirect, a 404) taken as the answer.
import type { AppLoadContext } from "@remix-run/node";
import type { Db } from "../db/client";
import { createAdminUser } from "../server/admin/access/admin-users";
import { startAdminSession } from "../server/admin/access/sessions";
import type { Env } from "../server/env";
import { routeContext } from "./route-context";

export async function adminRouteContexts(db: Db, env: Env, email: string) {
  const owner = await createAdminUser(db, { email, password: "a long enough owner password" });
  const admin = routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id) });
  const visitor = routeContext(db, env, { adminSessionToken: undefined });
  return { owner, admin, visitor };
}

export type AdminRoute = (args: { request: Request; params: Record<string, string>; context: AppLoadContext }) => Promise<unknown>;

export async function routeAnswer(route: AdminRoute, request: Request, context: AppLoadContext, params: Record<string, string> = {}): Promise<Response> {
  try {
    return (await route({ request, params, context })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
