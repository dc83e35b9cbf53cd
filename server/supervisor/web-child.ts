// A web child: one web process (server/web-server.ts) on the port the supervisor shares out.
import cluster from "node:cluster";
import type { Env } from "../env";
import { isDatabaseUnavailable } from "../errors";
import { createPayments } from "../integrations/payments/index";
import { createLogger } from "../log";
import { importRemixBuild, startWebServer } from "../web-server";
import { exitOnUncaughtFaults } from "./crash-only";
import { tellSupervisor } from "./messages";
import { stopOnceWhenTold } from "./stop-when-told";

/** Loads the Remix build, and returns how to start serving with it. */
export async function prepareWebChild(env: Env, options: { root: string; underRemixDev: boolean }): Promise<() => Promise<void>> {
  const log = createLogger(env.LOG_LEVEL).child({ web: cluster.worker?.id });
  exitOnUncaughtFaults(log, { survivable: isDatabaseUnavailable });
  const build = await importRemixBuild(options.root);
  return async () => {
    const web = await startWebServer({ env, log, databaseUrl: env.DATABASE_URL!, payments: createPayments(env, log), build, ...options });
    stopOnceWhenTold(() => web.close());
    tellSupervisor({ type: "ready" });
  };
}
