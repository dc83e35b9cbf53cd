// The supervisor's child manager with real processes: stand-in children (test/fixtures/supervised-child.ts)
// share a port, one killed is replaced, a dead job worker's ids are handed on, stop ends them all,
// and a child that cannot start fails the start.
import cluster from "node:cluster";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../db/embedded";
import { atFileEnd } from "../../test/cleanup";
import { capturingLogger, ERROR_LEVEL } from "../../test/log-capture";
import { restartPauseMs, superviseChildren, type ChildDeath } from "./children";

cluster.setupPrimary({ exec: path.resolve("test/fixtures/supervised-child.ts"), execArgv: ["--import", "tsx"], silent: true });

/** The process ids that answer `tries` requests, each on a fresh connection. */
async function answeringPids(url: string, tries: number): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let i = 0; i < tries; i++) {
    const response = await fetch(url, { headers: { connection: "close" }, signal: AbortSignal.timeout(5000) });
    pids.add(Number(await response.text()));
  }
  return pids;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("superviseChildren", () => {
  it("shares the port among web children, replaces one that dies, hands on a dead job worker's ids and stops them all", async () => {
    const port = await freePort();
    const env = { PORT: String(port) };
    const url = `http://127.0.0.1:${port}/`;
    const { log, lines } = capturingLogger();
    const deaths: ChildDeath[] = [];
    let stopping = false;
    const children = await superviseChildren({
      children: [{ role: "web", env }, { role: "web", env }, { role: "jobs", env }],
      log,
      isStopping: () => stopping,
      onDeath: async (death) => void deaths.push(death),
    });
    atFileEnd(() => children.stop());

    const first = await answeringPids(url, 20);
    expect(first.size).toBe(2);

    const [killed, survivor] = [...first] as [number, number];
    process.kill(killed, "SIGKILL");
    // A connection handed to the child as it died is lost with it; the test waits for the supervisor to notice.
    await until(async () => (lines.some((line) => line.level === ERROR_LEVEL && line.msg === "a web child died; starting another") ? true : undefined), "the death to be noticed");
    const replaced = await until(async () => {
      const pids = await answeringPids(url, 20);
      return pids.size === 2 && !pids.has(killed) ? pids : undefined;
    }, "a replacement web child");
    expect(replaced.has(survivor)).toBe(true);
    expect(deaths).toMatchObject([{ role: "web", pid: killed, signal: "SIGKILL", jobWorkerIds: [] }]);

    const jobsPid = Object.values(cluster.workers ?? {}).find((worker) => worker && !first.has(worker.process.pid!) && !replaced.has(worker.process.pid!))!.process.pid!;
    process.kill(jobsPid, "SIGKILL");
    await until(async () => (deaths.length === 2 ? true : undefined), "the job worker's death");
    expect(deaths[1]).toMatchObject({ role: "jobs", pid: jobsPid, jobWorkerIds: [`fixture-${jobsPid}`] });
    await until(async () => (Object.values(cluster.workers ?? {}).length === 3 ? true : undefined), "a replacement job worker");

    stopping = true;
    const pids = Object.values(cluster.workers ?? {}).map((worker) => worker!.process.pid!);
    await children.stop();
    expect(pids.filter(isAlive)).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
  });

  it("keeps a warm spare per role that takes a dead child's place, and makes another", async () => {
    const port = await freePort();
    const env = { PORT: String(port) };
    const { log, lines } = capturingLogger();
    let stopping = false;
    const children = await superviseChildren({ children: [{ role: "web", env }, { role: "jobs", env }], log, isStopping: () => stopping, spares: true });
    atFileEnd(() => children.stop());
    const workers = () => Object.values(cluster.workers ?? {}).map((worker) => worker!.process.pid!);
    const readyPids = () => lines.filter((line) => /child is ready$/.test(line.msg)).map((line) => line.pid);
    // Two serving, and a spare of each role.
    await until(async () => (workers().length === 4 ? true : undefined), "two spares");
    const serving = await answeringPids(`http://127.0.0.1:${port}/`, 10);
    expect(serving.size).toBe(1);
    const [web] = [...serving] as [number];
    const sparePids = workers().filter((pid) => !readyPids().includes(pid));
    expect(sparePids).toHaveLength(2);

    process.kill(web, "SIGKILL");
    const replacement = await until(async () => {
      const pids = await answeringPids(`http://127.0.0.1:${port}/`, 5);
      return pids.size === 1 && !pids.has(web) ? [...pids][0] : undefined;
    }, "the spare serving");
    expect(sparePids).toContain(replacement);
    expect(lines.some((line) => line.msg === "a new web child is ready" && line.pid === replacement)).toBe(true);
    // The spare's place is taken by a new one: two serving and two waiting again.
    await until(async () => (workers().length === 4 ? true : undefined), "a new spare");

    stopping = true;
    const pids = workers();
    await children.stop();
    expect(pids.filter(isAlive)).toEqual([]);
  });

  it("fails the start when a child exits before the app is ready, instead of starting it again and again", async () => {
    const env = { PORT: String(await freePort()), FIXTURE_FAIL_AT_START: "1" };
    const { log } = capturingLogger();
    await expect(superviseChildren({ children: [{ role: "web", env }, { role: "jobs", env }], log, isStopping: () => false })).rejects.toThrow(/exited before the app was ready \(code 3/);
  });

  it("restarts a child that keeps dying young after a pause that grows to 5 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(restartPauseMs)).toEqual([0, 250, 500, 1000, 2000, 4000, 5000, 5000]);
  });
});
