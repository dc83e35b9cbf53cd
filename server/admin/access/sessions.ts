// Admin sessions are rows: a session is valid while it is not revoked and was used within the last
// 30 minutes. Use slides it forward, written at most once a minute so a busy page costs no writes.
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { adminSessions, adminUsers } from "../../../db/schema/index";
import { newSessionToken, sessionIdHash } from "./session-token";

export const IDLE_TIMEOUT_MINUTES = 30;
const SLIDE_EVERY_SECONDS = 60;

export type Admin = { id: number; email: string };

/** A new session for the account; returns the token for its cookie. */
export async function startAdminSession(db: DbOrTx, adminUserId: number): Promise<string> {
  const token = newSessionToken();
  await db.insert(adminSessions).values({ idHash: sessionIdHash(token)!, adminUserId });
  return token;
}

const idle = sql`now() - make_interval(mins => ${IDLE_TIMEOUT_MINUTES})`;

/** The signed-in owner behind a cookie's token, or null for a missing, revoked or idle session. */
export async function adminForSession(db: DbOrTx, token: string | undefined): Promise<Admin | null> {
  const idHash = token ? sessionIdHash(token) : undefined;
  if (!idHash) return null;
  const [row] = await db
    .select({ id: adminUsers.id, email: adminUsers.email, lastSeenAt: adminSessions.lastSeenAt })
    .from(adminSessions)
    .innerJoin(adminUsers, eq(adminUsers.id, adminSessions.adminUserId))
    .where(and(eq(adminSessions.idHash, idHash), isNull(adminSessions.revokedAt), gt(adminSessions.lastSeenAt, idle)));
  if (!row) return null;
  await db
    .update(adminSessions)
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(adminSessions.idHash, idHash), lt(adminSessions.lastSeenAt, sql`now() - make_interval(secs => ${SLIDE_EVERY_SECONDS})`)));
  return { id: row.id, email: row.email };
}

export async function endAdminSession(db: DbOrTx, token: string | undefined): Promise<void> {
  const idHash = token ? sessionIdHash(token) : undefined;
  if (!idHash) return;
  await db.update(adminSessions).set({ revokedAt: sql`now()` }).where(and(eq(adminSessions.idHash, idHash), isNull(adminSessions.revokedAt)));
}

/** Ends every session of the account, this one included; returns how many were open. */
export async function endEveryAdminSession(db: DbOrTx, adminUserId: number): Promise<number> {
  const ended = await db
    .update(adminSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(adminSessions.adminUserId, adminUserId), isNull(adminSessions.revokedAt), gt(adminSessions.lastSeenAt, idle)))
    .returning({ idHash: adminSessions.idHash });
  // Idle ones are over already; they are revoked too, so none can ever come back.
  await db.update(adminSessions).set({ revokedAt: sql`now()` }).where(and(eq(adminSessions.adminUserId, adminUserId), isNull(adminSessions.revokedAt)));
  return ended.length;
}

/** Sessions of the account still open (not revoked, not idle). */
export async function openSessionCount(db: DbOrTx, adminUserId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(adminSessions)
    .where(and(eq(adminSessions.adminUserId, adminUserId), isNull(adminSessions.revokedAt), gt(adminSessions.lastSeenAt, idle)));
  return row?.n ?? 0;
}
