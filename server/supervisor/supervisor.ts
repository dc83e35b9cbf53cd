// The `npm start` primary: prepares everything once (build, Postgres, migrations, seed, development
// secrets), then holds no database connection and only keeps its children alive: WEB_CONCURRENCY
// web processes and one job worker (decision 017). It owns the embedded Postgres and stops it last.
import { connect } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedIfEmpty } from "../../db/seed/index";
import { buildIsStale, buildRemix } from "../build-freshness";
import { provideDatabase, type DatabaseServer } from "../database";
import type { Env } from "../env";
import { createStorage } from "../integrations/storage/index";
import { createLogger, type Logger } from "../log";
import { superviseChildren, type ChildSpec, type Children } from "./children";
import { unlockJobsOf } from "./unlock-jobs";

const FORCE_EXIT_MS = 20_000;

async function prepareDatabase(env: Env, log: Logger): Promise<DatabaseServer> {
  const dbServer = await provideDatabase(env, log);
  await migrateDatabase(dbServer.url);
  // A pool for the seed alone, closed before any child starts.
  const database = connect(dbServer.url, { max: 5 });
  try {
    if (await seedIfEmpty(database.db, { storage: createStorage(env), log })) log.info("seeded the demo catalogue");
  } finally {
    await database.close();
  }
  return dbServer;
}

export async function runSupervisor(env: Env, options: { root: string; underRemixDev: boolean }): Promise<void> {
  const log = createLogger(env.LOG_LEVEL).child({ supervisor: true });
  const startedAt = Date.now();
  if (!options.underRemixDev && buildIsStale(options.root)) {
    log.info("building the app (first start or sources changed)");
    buildRemix(options.root);
  }
  // loadEnv, run before this, made the development secrets in the data folder: every child reads them.
  const dbServer = await prepareDatabase(env, log);
  const processes = options.underRemixDev ? 1 : env.WEB_CONCURRENCY;
  const childEnv = { DATABASE_URL: dbServer.url };
  const specs: ChildSpec[] = Array.from({ length: processes }, () => ({ role: "web" as const, env: childEnv }));
  if (env.WORKER === "on") specs.push({ role: "jobs", env: childEnv });

  let stopping = false;
  let children: Children | undefined;
  async function shutdown(signal: string, code = 0) {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    setTimeout(() => process.exit(1), FORCE_EXIT_MS).unref();
    // Each step runs even if the one before failed, so Postgres is always stopped last.
    await children?.stop().catch((error: unknown) => log.warn({ err: error }, "stopping the children failed"));
    await dbServer.stop().catch((error: unknown) => log.warn({ err: error }, "stopping postgres failed"));
    log.info("stopped");
    process.exit(code);
  }
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    children = await superviseChildren({
      children: specs,
      log,
      isStopping: () => stopping,
      onDeath: (death) => unlockJobsOf(dbServer.url, death.jobWorkerIds, log),
      // Under remix dev the one web process reloads its build; a spare would hold a stale one.
      spares: !options.underRemixDev,
    });
    log.info({ url: `http://localhost:${env.PORT}`, processes, worker: env.WORKER, ms: Date.now() - startedAt }, "Printroom is ready");
  } catch (error) {
    log.fatal({ err: error }, "the app could not start");
    await shutdown("startup failure", 1);
  }
}
