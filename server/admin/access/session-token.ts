// An admin session's id: 256 random bits in the cookie, only their SHA-256 in the database.
import { createHash, randomBytes } from "node:crypto";

export const ADMIN_COOKIE = "pr_admin";

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The row key for a token; a token of the wrong shape has none. */
export function sessionIdHash(token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  return createHash("sha256").update(token).digest("hex");
}

/** The Set-Cookie value that gives the browser its session; no Max-Age, so it ends with the browser too. */
export function adminCookie(token: string, secure: boolean): string {
  // Path "/" so the tRPC admin router at /api/trpc/admin.* receives it; SameSite=Strict keeps every
  // request another site starts, even a top-level link, from carrying it.
  return `${ADMIN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}

export function clearedAdminCookie(secure: boolean): string {
  return `${ADMIN_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? "; Secure" : ""}`;
}
