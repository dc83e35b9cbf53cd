// Where the app's database comes from: DATABASE_URL, or an embedded Postgres in the data folder.
import postgres from "postgres";
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded";
import type { Env } from "./env";
import type { Logger } from "./log";

export type DatabaseServer = { url: string; stop: () => Promise<void> };

const EMBEDDED_DATABASE = "printroom";

export async function provideDatabase(env: Env, log: Logger): Promise<DatabaseServer> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dir: path.join(env.DATA_DIR, "pg"), log: (line) => log.debug({ postgres: line }) });
  const admin = postgres(embedded.url("postgres"), { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${EMBEDDED_DATABASE}`;
    if (!exists) await admin.unsafe(`create database ${EMBEDDED_DATABASE}`);
  } finally {
    await admin.end();
  }
  log.info("embedded PostgreSQL is running");
  return { url: embedded.url(EMBEDDED_DATABASE), stop: embedded.stop };
}
