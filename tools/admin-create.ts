// `npm run admin:create -- --email owner@example.com`: makes an owner account for the back office.
// The password comes from standard input when something is piped in (`echo … | npm run admin:create
// -- --email …`); otherwise one is generated and printed, this once. The database is found as
// `npm run db:seed` finds it: DATABASE_URL, or the embedded Postgres in the data folder.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { createAdminUser } from "../server/admin/access/admin-users";
import { provideDatabase } from "../server/database";
import { EnvError, loadEnv } from "../server/env";
import { DomainError } from "../server/errors";
import { createLogger } from "../server/log";

async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // `echo` adds a line ending; nothing else is trimmed, so spaces inside and around stay the password's.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" } } });
  if (!values.email) throw new UsageError("Usage: npm run admin:create -- --email owner@example.com  (pipe a password in, or one is generated)");
  const piped = await passwordFromStdin();
  const password = piped || randomBytes(18).toString("base64url");
  const env = loadEnv();
  const log = createLogger(env.LOG_LEVEL);
  const server = await provideDatabase(env, log);
  try {
    await migrateDatabase(server.url);
    const database = connect(server.url, { max: 1 });
    try {
      const admin = await createAdminUser(database.db, { email: values.email, password });
      const lines = [`Created the owner account ${admin.email}.`];
      if (!piped) lines.push(`Its password, shown only this once: ${password}`);
      lines.push(`Sign in at ${env.PUBLIC_URL.replace(/\/$/, "")}/admin/login`);
      process.stdout.write(`${lines.join("\n")}\n`);
    } finally {
      await database.close();
    }
  } finally {
    await server.stop();
  }
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  const known = error instanceof EnvError || error instanceof DomainError || error instanceof UsageError;
  process.stderr.write(`${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
