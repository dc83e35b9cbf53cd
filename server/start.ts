// `npm start`: build if needed, bring up the database, migrate, seed an empty catalogue, then serve
// the web app and run the worker in this one process until SIGINT/SIGTERM.
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import type { Runner } from "graphile-worker";
import { createServer } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedIfEmpty } from "../db/seed/index";
import { startWorker } from "../workers/runner";
import { createApp } from "./app";
import { buildIsStale, buildRemix } from "./build-freshness";
import { provideDatabase } from "./database";
import { createWorkerDeps, loadEnvOrExit } from "./boot";
import { createLogger } from "./log";
import { watchDevBuild } from "./dev-build";

const root = process.cwd();
const env = loadEnvOrExit();
const log = createLogger(env.LOG_LEVEL);
const underRemixDev = Boolean(process.env.REMIX_DEV_ORIGIN);
const startedAt = Date.now();

if (!underRemixDev && buildIsStale(root)) {
  log.info("building the app (first start or sources changed)");
  buildRemix(root);
}

const dbServer = await provideDatabase(env, log);
await migrateDatabase(dbServer.url);
const database = connect(dbServer.url, { max: 20 });
const deps = createWorkerDeps(env, database.db, log);
const { payments } = deps;
const seeded = await seedIfEmpty(database.db, { storage: deps.storage, log });
if (seeded) log.info("seeded the demo catalogue");

let worker: Runner | undefined;
if (env.WORKER === "on") {
  worker = await startWorker({ connectionString: dbServer.url, deps });
}

const buildPath = path.join(root, "build/index.js");
const importBuild = async (): Promise<ServerBuild> => import(pathToFileURL(buildPath).href + `?t=${Date.now()}`);
let build = await importBuild();
const remixBuild = underRemixDev ? async () => build : build;

const server = createServer(createApp({ env, db: database.db, log, payments, remixBuild }));
server.listen(env.PORT, env.HOST, () => {
  log.info({ url: `http://localhost:${env.PORT}`, ms: Date.now() - startedAt }, "Printroom is ready");
  if (underRemixDev) void broadcastDevReady(build);
});
if (underRemixDev) {
  watchDevBuild(buildPath, async () => {
    build = await importBuild();
    await broadcastDevReady(build);
  });
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down");
  const force = setTimeout(() => process.exit(1), 15_000).unref();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  // Each step runs even if an earlier one failed, so Postgres is always stopped last.
  for (const [name, step] of [
    ["worker", () => worker?.stop()],
    ["database pool", () => database.close()],
    ["postgres", () => dbServer.stop()],
  ] as const) {
    await Promise.resolve(step()).catch((error: unknown) => log.warn({ err: error }, `stopping the ${name} failed`));
  }
  clearTimeout(force);
  log.info("stopped");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
