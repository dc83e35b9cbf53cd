// The job-worker child: graphile-worker with our tasks. It reports every id its jobs may be locked
// under to the supervisor before taking one, so a death of this process frees its jobs at once.
import { connect } from "../../db/client";
import { startWorker } from "../../workers/runner";
import { createWorkerDeps } from "../boot";
import type { Env } from "../env";
import { createLogger, type Logger } from "../log";
import { EXIT_ON_FAULT, exitOnUncaughtFaults } from "./crash-only";
import { tellSupervisor } from "./messages";
import { stopOnceWhenTold } from "./stop-when-told";

/** How to start the job worker, once its code is loaded. */
export function prepareJobsChild(env: Env): () => Promise<void> {
  const log = createLogger(env.LOG_LEVEL).child({ child: "jobs" });
  exitOnUncaughtFaults(log);
  return () => runJobsChild(env, log);
}

async function runJobsChild(env: Env, log: Logger): Promise<void> {
  const connectionString = env.DATABASE_URL!;
  // No statement timeout here: a task's cleanup may rightly run longer than a request may.
  const database = connect(connectionString, { max: 6, connectTimeoutMs: env.CONNECT_TIMEOUT_MS });
  const worker = await startWorker({
    connectionString,
    deps: createWorkerDeps(env, database.db, log),
    onLockerId: (workerId) => tellSupervisor({ type: "job-worker", workerId }),
  });
  let stopping = false;
  // A runner that ends while nobody asked is a process no longer doing its job: let it be replaced.
  const ended = (error?: unknown) => {
    if (stopping) return;
    log.fatal({ err: error }, "the job runner ended without being asked to: exiting so the supervisor starts another");
    process.exit(EXIT_ON_FAULT);
  };
  void worker.promise.then(() => ended(), ended);
  stopOnceWhenTold(async () => {
    stopping = true;
    await worker.stop().catch((error: unknown) => log.warn({ err: error }, "stopping the job runner failed"));
    await database.close();
  });
  tellSupervisor({ type: "ready" });
}
