// The supervisor's children (node:cluster workers, so web processes share the port): each is forked,
// awaited until it says it is ready, and replaced whenever it dies, at once the first time and with
// a growing pause when it keeps dying young. A child that dies before the first start completed
// means the app cannot start (a port in use, a broken build), so that is reported, not retried.
// With `spares`, one warm spare per role waits with its code loaded (decision 017): a replacement
// is then ready in the time it takes to connect, not the seconds a cold Node process needs to load.
import cluster, { type Worker } from "node:cluster";
import type { Logger } from "../log";
import { SPARE_ENV, type ChildMessage, type ChildRole, type SupervisorMessage } from "./messages";

export type ChildSpec = { role: ChildRole; env: Record<string, string> };
export type ChildDeath = { role: ChildRole; pid: number | undefined; code: number | null; signal: string | null; jobWorkerIds: string[] };
export type Children = { stop: () => Promise<void> };

/** A child that dies sooner than this after it became ready counts as dying young. */
const YOUNG_MS = 5_000;
const MAX_PAUSE_MS = 5_000;
const FORCE_STOP_MS = 10_000;

/** 0 for the first young death in a row, then 250 ms doubling to 5 s. */
export function restartPauseMs(youngDeathsInARow: number): number {
  return youngDeathsInARow <= 1 ? 0 : Math.min(MAX_PAUSE_MS, 250 * 2 ** (youngDeathsInARow - 2));
}

type Slot = { spec: ChildSpec; youngDeaths: number };
type Spare = { worker: Worker; warm: Promise<boolean> };

export async function superviseChildren(options: {
  children: ChildSpec[];
  log: Logger;
  isStopping: () => boolean;
  /** told of every child that died unexpectedly, while its replacement starts */
  onDeath?: (death: ChildDeath) => Promise<void>;
  /** keep a warm spare per role to replace a dead child quickly */
  spares?: boolean;
}): Promise<Children> {
  const { log } = options;
  const live = new Set<Worker>();
  const spares = new Map<ChildRole, Spare>();
  let started = false;
  let failStart: (error: Error) => void = () => {};
  const startFailed = new Promise<never>((_resolve, reject) => (failStart = reject));

  /** A child with its code loaded that waits to be told to start; false if it died first. */
  function forkSpare(spec: ChildSpec): void {
    const worker = cluster.fork({ ...spec.env, PRINTROOM_ROLE: spec.role, [SPARE_ENV]: "1" });
    const warm = new Promise<boolean>((resolve) => {
      worker.on("message", (message: ChildMessage) => {
        if (message.type !== "warm") return;
        log.debug({ child: spec.role, pid: worker.process.pid }, `a ${spec.role} spare is warm`);
        resolve(true);
      });
      worker.once("exit", () => {
        resolve(false);
        if (spares.get(spec.role)?.worker === worker) spares.delete(spec.role);
      });
    });
    spares.set(spec.role, { worker, warm });
  }

  /** The role's warm spare, told to start (and another spare made), or a freshly forked child. */
  async function nextChild(slot: Slot): Promise<Worker> {
    const spare = spares.get(slot.spec.role);
    if (spare) spares.delete(slot.spec.role);
    if (options.spares) forkSpare(slot.spec);
    if (spare && (await spare.warm) && spare.worker.isConnected()) {
      spare.worker.send({ type: "go" } satisfies SupervisorMessage);
      log.info({ child: slot.spec.role, pid: spare.worker.process.pid }, `a warm ${slot.spec.role} spare takes over`);
      return spare.worker;
    }
    spare?.worker.process.kill("SIGKILL");
    return cluster.fork({ ...slot.spec.env, PRINTROOM_ROLE: slot.spec.role });
  }

  async function fork(slot: Slot): Promise<void> {
    const worker = started ? await nextChild(slot) : cluster.fork({ ...slot.spec.env, PRINTROOM_ROLE: slot.spec.role });
    live.add(worker);
    const jobWorkerIds: string[] = [];
    let readyAt: number | undefined;
    return new Promise<void>((resolve) => {
      worker.on("message", (message: ChildMessage) => {
        if (message.type === "job-worker") jobWorkerIds.push(message.workerId);
        if (message.type === "ready") {
          readyAt = Date.now();
          log.info({ child: slot.spec.role, pid: worker.process.pid }, started ? `a new ${slot.spec.role} child is ready` : `a ${slot.spec.role} child is ready`);
          resolve();
        }
      });
      worker.once("exit", (code, signal) => {
        live.delete(worker);
        const death = { role: slot.spec.role, pid: worker.process.pid, code, signal, jobWorkerIds };
        if (!started) return failStart(new Error(`the ${slot.spec.role} child exited before the app was ready (code ${code}, signal ${signal})`));
        if (options.isStopping()) return;
        // Exiting with 0 is a child stopping when told to (a signal to it alone): it is not replaced.
        const about = { child: slot.spec.role, pid: worker.process.pid, code, signal };
        if (code === 0 && !signal) return log.warn(about, `a ${slot.spec.role} child stopped when told to; not replacing it`);
        slot.youngDeaths = readyAt === undefined || Date.now() - readyAt < YOUNG_MS ? slot.youngDeaths + 1 : 1;
        const pauseMs = restartPauseMs(slot.youngDeaths);
        log.error({ ...about, restartInMs: pauseMs }, `a ${slot.spec.role} child died; starting another`);
        void options.onDeath?.(death).catch((error: unknown) => log.error({ err: error, ...about }, "handling a dead child failed"));
        setTimeout(() => {
          if (!options.isStopping()) void fork(slot);
        }, pauseMs);
      });
    });
  }

  const slots = options.children.map((spec) => ({ spec, youngDeaths: 0 }));
  try {
    await Promise.race([Promise.all(slots.map(fork)), startFailed]);
    started = true;
    if (options.spares) for (const role of new Set(slots.map((slot) => slot.spec.role))) forkSpare(slots.find((slot) => slot.spec.role === role)!.spec);
  } catch (error) {
    await stopAll();
    throw error;
  }

  async function stopAll(): Promise<void> {
    const all = [...live, ...[...spares.values()].map((spare) => spare.worker)];
    spares.clear();
    const exits = all.map((worker) => new Promise<void>((resolve) => (worker.isDead() ? resolve() : worker.once("exit", () => resolve()))));
    for (const worker of all) worker.process.kill("SIGTERM");
    const force = setTimeout(() => {
      for (const worker of all) worker.process.kill("SIGKILL");
    }, FORCE_STOP_MS);
    await Promise.all(exits);
    clearTimeout(force);
  }

  return { stop: stopAll };
}
