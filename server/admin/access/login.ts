// Signing in to the back office. Whether the e-mail has an account never shows: an unknown one and
// a wrong password get the same error after the same argon2 work, and both count against the same
// limits (per account and per client address, in Postgres, so every web process shares them).
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../../db/client";
import { adminUsers } from "../../../db/schema/index";
import { badInput } from "../../errors";
import { emailField } from "../../forms/fields";
import type { RateLimits } from "../../rate-limits/rate-limits";
import { passwordMatches } from "./passwords";
import { endAdminSession, startAdminSession } from "./sessions";

export const loginFormSchema = z.object({
  // The shared field: text Postgres can store (a NUL would fail the account's query and its rate-limit key).
  email: emailField,
  password: z.string({ error: "Please enter your password." }).min(1, { error: "Please enter your password." }).max(1024, { error: "That password is too long." }),
  next: z.string().max(2000).optional(),
});
export type LoginInput = z.output<typeof loginFormSchema>;

const LIMIT_MESSAGE = "Too many sign-in attempts. Please wait 15 minutes and try again.";
/** Five tries an account a quarter of an hour: a typo or two, never a guessing run. */
export const loginAccountLimit = { keyPrefix: "admin-login-account", points: 5, durationSeconds: 15 * 60, message: LIMIT_MESSAGE };
/** Twenty from one address: the owner on a shared connection, not a sweep across accounts. */
export const loginAddressLimit = { keyPrefix: "admin-login-address", points: 20, durationSeconds: 15 * 60, message: LIMIT_MESSAGE };

export const WRONG_CREDENTIALS = "That e-mail address and password do not match an owner account.";

export type LoginDeps = { rateLimits: RateLimits; clientIp: string };

/** Checks the password and opens a new session (ending the one the browser had); returns its token. */
export async function logIn(db: DbOrTx, input: LoginInput, deps: LoginDeps, previousToken?: string): Promise<{ token: string; adminUserId: number }> {
  const account = input.email.trim().toLowerCase();
  // Counted before the hash is checked, so a refused guess costs the guesser and not the server.
  await deps.rateLimits.limiter(loginAddressLimit).consume(deps.clientIp);
  await deps.rateLimits.limiter(loginAccountLimit).consume(account);
  const [user] = await db.select({ id: adminUsers.id, passwordHash: adminUsers.passwordHash }).from(adminUsers).where(eq(sql`lower(${adminUsers.email})`, account));
  if (!(await passwordMatches(user?.passwordHash, input.password)) || !user) throw badInput(WRONG_CREDENTIALS);
  await deps.rateLimits.limiter(loginAccountLimit).reset(account);
  await endAdminSession(db, previousToken);
  return { token: await startAdminSession(db, user.id), adminUserId: user.id };
}
