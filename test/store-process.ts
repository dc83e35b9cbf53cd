// The store started as `npm start` starts it (the supervisor and its children, real processes) on a
// test database, for the fault tests: its log lines are kept with the time each arrived.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmdirSync, rmSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { freePort } from "../db/embedded";
import { buildIsStale, buildRemix } from "../server/build-freshness";
import { atFileEnd } from "./cleanup";

export type LogLine = { level: number; msg: string; time: number; child?: string; pid?: number; [key: string]: unknown };

export type StoreProcess = {
  url: string;
  pid: number;
  lines: LogLine[];
  exited: () => boolean;
  /** resolves with the first line matching, waiting up to `ms` */
  waitForLine: (match: (line: LogLine) => boolean, ms: number) => Promise<LogLine>;
  stop: () => Promise<number | null>;
};

/**
 * `npm test` runs before CI's production build: build here when the build is missing or older than
 * its sources. Test files run in parallel, so one builds while the others wait on a lock folder.
 */
export function ensureFreshBuild(): void {
  const root = process.cwd();
  const lock = path.join(inject("scratchDir"), "remix-build.lock");
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (buildIsStale(root)) buildRemix(root);
  } finally {
    rmdirSync(lock);
  }
}

export async function startStore(options: { databaseUrl: string; env?: Record<string, string> }): Promise<StoreProcess> {
  const root = process.cwd();
  const dataDir = mkdtempSync(path.join(inject("scratchDir"), "store-"));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: options.databaseUrl, LOG_LEVEL: "info", PUBLIC_URL: `http://127.0.0.1:${port}`, ...options.env };
  const anthropic = Object.keys(env).filter((name) => name.startsWith("ANTHROPIC_"));
  for (const name of ["SMTP_URL", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", ...anthropic, "NODE_ENV", "REMIX_DEV_ORIGIN"]) {
    if (!options.env?.[name]) delete env[name];
  }
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: LogLine[] = [];
  const waiters = new Set<{ match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }>();
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const complete = buffered.split("\n");
    buffered = complete.pop() ?? "";
    for (const text of complete) {
      if (!text.startsWith("{")) continue;
      const line = { ...(JSON.parse(text) as LogLine), time: Date.now() };
      lines.push(line);
      for (const waiter of waiters) if (waiter.match(line)) waiter.resolve(line);
    }
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
  let exitCode: number | null | undefined;
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve((exitCode = code))));

  const waitForLine = (match: (line: LogLine) => boolean, ms: number) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = lines.find(match);
      if (seen) return resolve(seen);
      const waiter = { match, resolve: (line: LogLine) => (clearTimeout(timer), waiters.delete(waiter), resolve(line)) };
      const timer = setTimeout(() => (waiters.delete(waiter), reject(new Error(`no such log line within ${ms} ms; stderr: ${stderr.slice(-1500)}`))), ms);
      waiters.add(waiter);
    });

  const stop = async () => {
    if (exitCode === undefined) child.kill("SIGTERM");
    const code = await exit;
    rmSync(dataDir, { recursive: true, force: true });
    return code;
  };
  atFileEnd(async () => {
    if (exitCode === undefined) child.kill("SIGKILL");
    await stop();
  });
  const started = await Promise.race([waitForLine((line) => line.msg === "Printroom is ready", 60_000), exit.then(() => undefined)]);
  if (!started) throw new Error(`the store exited before it was ready; stderr: ${stderr.slice(-1500)}`);
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, lines, exited: () => exitCode !== undefined, waitForLine, stop };
}
