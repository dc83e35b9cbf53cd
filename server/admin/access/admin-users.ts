// Owner accounts: made by `npm run admin:create`, never through the web.
import type { DbOrTx } from "../../../db/client";
import { adminUsers } from "../../../db/schema/index";
import { badInput, conflict } from "../../errors";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./passwords";

export async function createAdminUser(db: DbOrTx, input: { email: string; password: string }): Promise<{ id: number; email: string }> {
  const email = input.email.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badInput(`"${email}" is not an e-mail address.`, "email");
  if (input.password.length < MIN_PASSWORD_LENGTH) throw badInput(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`, "password");
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(adminUsers)
    .values({ email, passwordHash })
    // The only unique key besides the id is the e-mail in any case (admin_users_email_lower_unique).
    .onConflictDoNothing()
    .returning({ id: adminUsers.id, email: adminUsers.email });
  if (!row) throw conflict(`An owner account for ${email} exists already.`, "email");
  return row;
}
