// Web workers for a machine with more than one core: each is a whole web process (server/start.ts
// as a cluster worker) and they share the port, so one request's rendering never waits behind
// another's on a busy core. A worker that dies while serving is replaced; one that dies before it
// ever listened means the app cannot start, and that is reported instead of retried forever.
import cluster, { type Worker } from "node:cluster";
import type { Logger } from "./log";
import type { WebServer } from "./web-server";

export async function serveWithWorkers(options: { processes: number; databaseUrl: string; log: Logger; isStopping: () => boolean }): Promise<WebServer> {
  const { log } = options;
  const live = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork({ DATABASE_URL: options.databaseUrl });
    live.add(worker);
    return worker;
  };
  const listening = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      worker.once("listening", () => resolve());
      worker.once("exit", (code, signal) => reject(new Error(`web worker ${worker.id} exited before it listened (code ${code}, signal ${signal})`)));
    });

  const first = Array.from({ length: options.processes }, fork);
  try {
    await Promise.all(first.map(listening));
  } catch (error) {
    for (const worker of live) worker.kill("SIGTERM");
    throw error;
  }
  cluster.on("exit", (worker, code, signal) => {
    live.delete(worker);
    // Exiting with 0 is a worker stopping when told to (a signal to the process group, say).
    if (options.isStopping() || (code === 0 && !signal)) return;
    log.error({ web: worker.id, code, signal }, "a web worker died; starting another");
    fork();
  });

  return {
    close: async () => {
      const exits = [...live].map((worker) => new Promise<void>((resolve) => (worker.isDead() ? resolve() : worker.once("exit", () => resolve()))));
      for (const worker of live) worker.process.kill("SIGTERM");
      await Promise.all(exits);
    },
  };
}
