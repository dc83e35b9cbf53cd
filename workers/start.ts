// `npm run worker`: the background worker alone, for deployments that run web processes with WORKER=off.
// Its own process manager (systemd, the platform) restarts it: on an uncaught fault it exits (decision 017).
import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { createWorkerDeps, loadEnvOrExit } from "../server/boot";
import { provideDatabase } from "../server/database";
import { createLogger } from "../server/log";
import { exitOnUncaughtFaults } from "../server/supervisor/crash-only";
import { startWorker } from "./runner";

const env = loadEnvOrExit();
const log = createLogger(env.LOG_LEVEL);
exitOnUncaughtFaults(log);
const dbServer = await provideDatabase(env, log);
await migrateDatabase(dbServer.url);
const database = connect(dbServer.url, { max: 6, connectTimeoutMs: env.CONNECT_TIMEOUT_MS });
const worker = await startWorker({ connectionString: dbServer.url, deps: createWorkerDeps(env, database.db, log) });
log.info("worker is running");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "worker shutting down");
  await worker.stop().catch((error: unknown) => log.warn({ err: error }, "stopping the worker failed"));
  await database.close();
  await dbServer.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
