// Brings a database to the current schema: our Drizzle migrations, then graphile-worker's own.
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { Logger as WorkerLogger, runMigrations } from "graphile-worker";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connect } from "./client";

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

const silentWorkerLogger = new WorkerLogger(() => () => {});

export async function migrateDatabase(url: string): Promise<void> {
  const database = connect(url, { max: 1 });
  try {
    await database.sql`set client_min_messages = warning`;
    await migrate(database.db, { migrationsFolder });
  } finally {
    await database.close();
  }
  await runMigrations({ connectionString: url, logger: silentWorkerLogger });
}
