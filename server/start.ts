// `npm start`: build if needed, bring up the database, migrate, seed an empty catalogue, run the
// worker, then serve the web app until SIGINT/SIGTERM: in this process, or in WEB_CONCURRENCY
// cluster workers sharing the port (one per core in production, decision 014).
import type { Runner } from "graphile-worker";
import cluster from "node:cluster";
import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedIfEmpty } from "../db/seed/index";
import { startWorker } from "../workers/runner";
import { buildIsStale, buildRemix } from "./build-freshness";
import { provideDatabase } from "./database";
import { createWorkerDeps, loadEnvOrExit } from "./boot";
import { createPayments } from "./integrations/payments/index";
import { createLogger } from "./log";
import { serveWithWorkers } from "./web-cluster";
import { startWebServer, type WebServer } from "./web-server";

const root = process.cwd();
const env = loadEnvOrExit();
const underRemixDev = Boolean(process.env.REMIX_DEV_ORIGIN);

if (cluster.isWorker) {
  // A web worker: the primary has built, migrated and seeded, and passes the database's address.
  const log = createLogger(env.LOG_LEVEL).child({ web: cluster.worker!.id });
  const databaseUrl = env.DATABASE_URL!;
  const web = await startWebServer({ env, log, databaseUrl, payments: createPayments(env), root, underRemixDev: false });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void web.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // The primary is gone (killed without a chance to stop us): nothing is left to serve for.
  process.on("disconnect", stop);
} else {
  const log = createLogger(env.LOG_LEVEL);
  const startedAt = Date.now();
  if (!underRemixDev && buildIsStale(root)) {
    log.info("building the app (first start or sources changed)");
    buildRemix(root);
  }

  const dbServer = await provideDatabase(env, log);
  await migrateDatabase(dbServer.url);
  const database = connect(dbServer.url, { max: 5 });
  // Made here, before any web worker starts, so a generated webhook secret exists once for all.
  const deps = createWorkerDeps(env, database.db, log);
  const seeded = await seedIfEmpty(database.db, { storage: deps.storage, log });
  if (seeded) log.info("seeded the demo catalogue");

  let worker: Runner | undefined;
  if (env.WORKER === "on") worker = await startWorker({ connectionString: dbServer.url, deps });

  const processes = underRemixDev ? 1 : env.WEB_CONCURRENCY;
  let stopping = false;
  let web: WebServer | undefined;
  async function shutdown(signal: string, code = 0) {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    // Each step runs even if an earlier one failed, so Postgres is always stopped last.
    for (const [name, step] of [
      ["web server", () => web?.close()],
      ["worker", () => worker?.stop()],
      ["database pool", () => database.close()],
      ["postgres", () => dbServer.stop()],
    ] as const) {
      await Promise.resolve(step()).catch((error: unknown) => log.warn({ err: error }, `stopping the ${name} failed`));
    }
    clearTimeout(force);
    log.info("stopped");
    process.exit(code);
  }
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    web =
      processes === 1
        ? await startWebServer({ env, log, databaseUrl: dbServer.url, payments: deps.payments, root, underRemixDev })
        : await serveWithWorkers({ processes, databaseUrl: dbServer.url, log, isStopping: () => stopping });
    log.info({ url: `http://localhost:${env.PORT}`, processes, ms: Date.now() - startedAt }, "Printroom is ready");
  } catch (error) {
    log.fatal({ err: error }, "the web server could not start");
    await shutdown("startup failure", 1);
  }
}
