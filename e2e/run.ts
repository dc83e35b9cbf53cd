// `npm run test:e2e`: builds if stale, starts the real server (embedded Postgres, seeded demo data)
// on a free port with a fresh data folder, runs the browser specs against it, then stops it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../db/embedded";
import { buildIsStale, buildRemix } from "../server/build-freshness";
import { CHROMIUM_PATH } from "./browser";

const root = process.cwd();
// A first start seeds and draws the demo pictures; on a busy two-core machine that takes minutes.
const STARTUP_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 20_000;

function say(line: string): void {
  process.stdout.write(`[e2e] ${line}\n`);
}

function fail(message: string): never {
  process.stderr.write(`[e2e] ${message}\n`);
  process.exit(1);
}

if (!existsSync(CHROMIUM_PATH)) {
  fail(`Chromium is not installed at ${CHROMIUM_PATH}. Install it with:\n\n    apt-get update && apt-get install -y chromium\n\n(never \`npx playwright install\`: the tests drive Debian's Chromium).`);
}

if (buildIsStale(root)) {
  say("building the app (missing or older than its sources)");
  buildRemix(root);
}

const dataDir = mkdtempSync(path.join(tmpdir(), "printroom-e2e-"));
// Embedded Postgres runs as an unprivileged user when we are root; it must reach its folder.
chmodSync(dataDir, 0o755);
const logFile = path.join(dataDir, "server.log");
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;

// TRUST_PROXY: each browser context names its own client address (e2e/browser.ts), as shoppers
// behind a proxy do, and /dev/mail is open to those addresses. The page cache is on, as in production: the journeys then meet the kept pages a shopper meets.
// Two web processes, as production runs on this machine: each new connection goes to either, so
// state a shopper's journey kept in one process would show up as failures (decision 014).
const serverEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, PUBLIC_URL: baseUrl, WORKER: "on", PAGE_CACHE: "on", WEB_CONCURRENCY: "2", TRUST_PROXY: "loopback", DEV_PAGES: "loopback,198.18.0.0/15", LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn" };
// The browser tests prove the fresh-clone path: embedded Postgres and local doubles, whatever the shell holds.
for (const name of ["DATABASE_URL", "TEST_DATABASE_URL", "SMTP_URL", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "ANTHROPIC_API_KEY", "NODE_ENV", "REMIX_DEV_ORIGIN"]) {
  delete serverEnv[name];
}

// The owner's account, made as the owner makes it (`npm run admin:create`, password piped in),
// before the server holds the data folder's database; the back-office specs sign in with it.
const admin = { email: "owner@printroom.test", password: randomBytes(18).toString("base64url") };
say("creating the owner's back-office account");
const created = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["tools/admin-create.ts", "--email", admin.email], { cwd: root, env: serverEnv, input: `${admin.password}\n`, encoding: "utf8" });
if (created.status !== 0) fail(`npm run admin:create failed:\n${created.stdout}${created.stderr}`);

say(`starting the server on ${baseUrl} (data in ${dataDir})`);
const log = createWriteStream(logFile);
const server: ChildProcess = spawn(path.join(root, "node_modules/.bin/tsx"), ["server/start.ts"], { cwd: root, env: serverEnv, stdio: ["ignore", "pipe", "pipe"] });
server.stdout?.pipe(log);
server.stderr?.pipe(log);
let serverExited = false;
const serverExit = new Promise<number | null>((resolve) =>
  server.on("exit", (code) => {
    serverExited = true;
    resolve(code);
  }),
);

function serverLogTail(lines = 40): string {
  try {
    const tail = readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines);
    return tail.map((line) => (line.length > 600 ? `${line.slice(0, 600)}…` : line)).join("\n");
  } catch {
    return "(no server log)";
  }
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error("the server exited before it was ready");
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      const body = (await response.json()) as { database?: string; images?: string };
      // The journeys meet the store once its first start has made every photo's responsive copies:
      // before that, pages fall back to the 3000 px originals and the image jobs hold both cores.
      if (response.ok && body.database === "up" && body.images === "ready") return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

/** The first page render loads every route module; pay for it here, not in the first spec's timeout. */
async function warmUp(): Promise<void> {
  const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(STARTUP_TIMEOUT_MS) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`the home page answered ${response.status} while warming up`);
}

async function stopServer(): Promise<void> {
  if (serverExited) return;
  server.kill("SIGTERM");
  const stopped = await Promise.race([serverExit.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_TIMEOUT_MS))]);
  if (!stopped) {
    say("the server did not stop on SIGTERM; killing it");
    server.kill("SIGKILL");
    await serverExit;
  }
}

function cleanUp(): void {
  rmSync(dataDir, { recursive: true, force: true });
}

/** Specs that change what every other spec reads (a new photo in the catalogue) run after them, alone. */
const AFTER_ALL = { glob: "e2e/**/*.after-all.e2e.ts", filter: ".after-all.e2e.ts" };

async function runSpecs(): Promise<number> {
  const chosen = process.argv.slice(2);
  if (chosen.length > 0) return runVitest(chosen);
  const first = await runVitest(["--exclude", AFTER_ALL.glob]);
  const then = await runVitest([AFTER_ALL.filter]);
  return first || then;
}

function runVitest(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const vitest = spawn(path.join(root, "node_modules/.bin/vitest"), ["run", "--config", "vitest.e2e.config.ts", ...args], {
      cwd: root,
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_ADMIN_EMAIL: admin.email, E2E_ADMIN_PASSWORD: admin.password },
      stdio: "inherit",
    });
    vitest.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    say(`${signal}: stopping the server`);
    void stopServer().then(() => {
      cleanUp();
      process.exit(130);
    });
  });
}

let exitCode = 1;
const startedAt = Date.now();
try {
  await waitForHealth();
  say(`server healthy after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  await warmUp();
  exitCode = await runSpecs();
} catch (error) {
  process.stderr.write(`[e2e] ${(error as Error).message}\n`);
} finally {
  await stopServer();
  const code = await serverExit;
  if (code !== 0) {
    process.stderr.write(`[e2e] the server exited with code ${code} on SIGTERM\n`);
    exitCode = 1;
  }
  if (exitCode !== 0) process.stderr.write(`--- server log (last lines) ---\n${serverLogTail()}\n`);
  cleanUp();
}
process.exit(exitCode);
