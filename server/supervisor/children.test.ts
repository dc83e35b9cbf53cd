// The cluster manager with real processes: stand-in workers (test/fixtures/web-worker.ts) share a
// port, one killed is replaced, close stops them all, and a worker that cannot start is reported.
import cluster from "node:cluster";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../db/embedded";
import { atFileEnd } from "../test/cleanup";
import { capturingLogger, ERROR_LEVEL } from "../test/log-capture";
import { serveWithWorkers } from "./web-cluster";

cluster.setupPrimary({ exec: path.resolve("test/fixtures/web-worker.ts"), execArgv: ["--import", "tsx"], silent: true });

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
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("serveWithWorkers", () => {
  it("shares the port among its workers, replaces one that dies and stops them all on close", async () => {
    const port = await freePort();
    process.env.PORT = String(port);
    const url = `http://127.0.0.1:${port}/`;
    const { log, lines } = capturingLogger();
    let stopping = false;
    const web = await serveWithWorkers({ processes: 2, databaseUrl: "postgres://unused", log, isStopping: () => stopping });
    atFileEnd(() => web.close());

    const first = await answeringPids(url, 20);
    expect(first.size).toBe(2);

    const [killed, survivor] = [...first] as [number, number];
    process.kill(killed, "SIGKILL");
    // A connection handed to the worker as it died is lost with it; the test waits for the primary to notice.
    await until(async () => (lines.some((line) => line.level === ERROR_LEVEL && line.msg === "a web worker died; starting another") ? true : undefined), "the death to be noticed");
    const replaced = await until(async () => {
      const pids = await answeringPids(url, 20);
      return pids.size === 2 && !pids.has(killed) ? pids : undefined;
    }, "a replacement worker");
    expect(replaced.has(survivor)).toBe(true);

    stopping = true;
    await web.close();
    expect([...replaced].filter(isAlive)).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
  });

  it("reports a worker that exits before it listens instead of starting it again and again", async () => {
    process.env.PORT = String(await freePort());
    process.env.FIXTURE_FAIL_AT_START = "1";
    try {
      const { log } = capturingLogger();
      await expect(serveWithWorkers({ processes: 2, databaseUrl: "postgres://unused", log, isStopping: () => false })).rejects.toThrow(/exited before it listened \(code 3/);
    } finally {
      delete process.env.FIXTURE_FAIL_AT_START;
    }
  });
});
