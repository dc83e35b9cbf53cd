// Frees the jobs and queues a dead job-worker child held, so they run again within a poll instead
// of waiting graphile-worker's 4 hours. The supervisor holds no database connection otherwise: this
// one is opened for the moment and closed at once. Every task is safe to run twice.
import { makeWorkerUtils, Logger as WorkerLogger } from "graphile-worker";
import pg from "pg";
import type { Logger } from "../log";

const ATTEMPTS = 10;
const PAUSE_MS = 500;
const quiet = new WorkerLogger(() => () => {});

export async function unlockJobsOf(connectionString: string, workerIds: string[], log: Logger): Promise<void> {
  if (workerIds.length === 0) return;
  // The child may have died of the very outage that makes this fail: try for a few seconds.
  for (let attempt = 1; ; attempt++) {
    // Our own pool with error listeners: a connection cut while idle must not take the supervisor down.
    const pgPool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 2000 });
    pgPool.on("error", () => {});
    try {
      const utils = await makeWorkerUtils({ pgPool, logger: quiet });
      try {
        await utils.forceUnlockWorkers(workerIds);
      } finally {
        await utils.release();
      }
      log.info({ workerIds }, "unlocked the jobs of a dead job worker");
      return;
    } catch (error) {
      if (attempt === ATTEMPTS) throw error;
      log.warn({ err: error, attempt }, "unlocking a dead job worker's jobs failed; trying again");
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    } finally {
      await pgPool.end().catch(() => {});
    }
  }
}
