// `npm run db:seed`: brings the database up (embedded by default), migrates it and writes the demo
// catalogue. The derivatives jobs it enqueues run when a worker starts (`npm start` or `npm run worker`).
import { connect } from "../client";
import { migrateDatabase } from "../migrate";
import { provideDatabase } from "../../server/database";
import { EnvError, loadEnv } from "../../server/env";
import { createStorage } from "../../server/integrations/storage/index";
import { createLogger } from "../../server/log";
import { seedCatalog } from "./index";

async function main(): Promise<void> {
  const env = loadEnv();
  const log = createLogger(env.LOG_LEVEL);
  const server = await provideDatabase(env, log);
  try {
    await migrateDatabase(server.url);
    const database = connect(server.url, { max: 2 });
    try {
      await seedCatalog(database.db, { storage: createStorage(env), log });
    } finally {
      await database.close();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof EnvError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
