// Where the back office sends the owner after signing in: a page of the back office, never elsewhere.
import { safeRedirectPath } from "./safe-redirect";

export const ADMIN_HOME = "/admin";

export function adminNextPath(next: unknown): string {
  const path = safeRedirectPath(next, ADMIN_HOME);
  return path === ADMIN_HOME || path.startsWith(`${ADMIN_HOME}/`) || path.startsWith(`${ADMIN_HOME}?`) ? path : ADMIN_HOME;
}
