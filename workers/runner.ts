// Starts graphile-worker with our task list and crontab; used inline by `npm start` and alone by `npm run worker`.
import { Logger as WorkerLogger, run, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import { EventEmitter } from "node:events";
import pg from "pg";
import type { Logger } from "../server/log";
import { crontab } from "./crontab";
import type { WorkerDeps } from "./deps";
import { buildTaskList } from "./tasks/index";

function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const child = log.child({ worker: scope.workerId, task: scope.taskIdentifier, jobId: scope.jobId });
    const method = level === "error" ? "error" : level === "warning" ? "warn" : level === "debug" ? "debug" : "info";
    child[method](meta ?? {}, message);
  });
}

export async function startWorker(options: {
  connectionString: string;
  deps: WorkerDeps;
  /** replaces the real task list (tests of the queue itself) */
  tasks?: TaskList;
  schedule?: string;
  concurrency?: number;
  pollInterval?: number;
  /**
   * told each id jobs may be locked under, before any job is taken: the pool's (0.17 locks a job
   * with it) and each worker's. The supervisor frees jobs locked under them when this process dies.
   */
  onLockerId?: (id: string) => void;
}): Promise<Runner> {
  // Our own pool, so a connection dropped while Postgres shuts down is logged instead of crashing.
  const pgPool = new pg.Pool({ connectionString: options.connectionString, max: (options.concurrency ?? 4) + 2 });
  const connectionLost = (error: Error) => options.deps.log.warn({ err: error }, "worker database connection lost");
  pgPool.on("error", connectionLost);
  pgPool.on("connect", (client) => client.on("error", connectionLost));
  const events: WorkerEvents = new EventEmitter();
  events.on("pool:create", ({ workerPool }) => options.onLockerId?.(workerPool.id));
  events.on("worker:create", ({ worker }) => options.onLockerId?.(worker.workerId));
  const runner = await run({
    events,
    pgPool,
    concurrency: options.concurrency ?? 4,
    pollInterval: options.pollInterval ?? 1000,
    taskList: options.tasks ?? buildTaskList(options.deps),
    crontab: options.schedule ?? crontab,
    logger: workerLogger(options.deps.log),
    noHandleSignals: true,
  });
  let poolEnded: Promise<void> | undefined;
  const endPool = () => (poolEnded ??= pgPool.end());
  void runner.promise.finally(endPool).catch(() => {});
  // Stopping also closes the pool, so whoever stops Postgres next does not cut live connections
  // (each would be logged as lost on every Ctrl-C).
  const stopRunner = runner.stop;
  return {
    ...runner,
    stop: async (reason?: string) => {
      await stopRunner(reason);
      await endPool();
    },
  };
}
