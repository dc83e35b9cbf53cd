// The system under test: a production build snapshot, an embedded Postgres in a fresh data folder,
// and `server/start.ts` as a child process on a free port, as `npm start` runs it in production.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../../db/embedded";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Where concurrent builds of this checkout take turns; used only when `flock` is on the PATH. */
const BUILD_LOCK = process.env.BENCH_BUILD_LOCK ?? "/tmp/remix-build.lock";

const hasFlock = () => spawnSync("sh", ["-c", "command -v flock"], { stdio: "ignore" }).status === 0;

/**
 * Builds the app for production and copies `build/` and `public/` into `dir`, under the build lock,
 * so another build of the checkout cannot swap the files while the benchmarks read them.
 */
export function snapshotProductionBuild(dir: string, options: { build: boolean }): void {
  mkdirSync(dir, { recursive: true });
  const steps = [
    options.build ? "node_modules/.bin/tsx tools/build.ts" : "true",
    `rm -rf "${dir}/build" "${dir}/public"`,
    `cp -r build public "${dir}/"`,
  ].join(" && ");
  const command = hasFlock() ? ["flock", BUILD_LOCK, "sh", "-c", steps] : ["sh", "-c", steps];
  const result = spawnSync(command[0]!, command.slice(1), { cwd: repoRoot, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) throw new Error(`building the production snapshot failed (exit ${result.status})`);
  // build/index.js resolves its packages from the folder it sits in.
  if (!existsSync(path.join(dir, "node_modules"))) symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"));
}

export type Workspace = { dir: string; appDir: string; dataDir: string; remove: () => void };

export function createWorkspace(): Workspace {
  const dir = mkdtempSync(path.join(os.tmpdir(), "printroom-bench-"));
  // Run as root, embedded Postgres drops to a `postgres` user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  const appDir = path.join(dir, "app");
  const dataDir = path.join(dir, "data");
  mkdirSync(dataDir, { recursive: true });
  return { dir, appDir, dataDir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export type BenchDatabase = { url: string; stop: () => Promise<void> };

export async function startDatabase(dataDir: string): Promise<BenchDatabase> {
  // Not durable: a benchmark's data is thrown away, and fsync would measure the disk, not the app.
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({ dir: path.join(dataDir, "pg"), durable: false });
  const admin = postgres(embedded.url("postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe("create database printroom");
  } finally {
    await admin.end();
  }
  return { url: embedded.url("printroom"), stop: embedded.stop };
}

/** What production demands be set; none of these services is called by the benchmarks. */
export function productionEnv(options: { databaseUrl: string; dataDir: string; port: number }): Record<string, string> {
  return {
    NODE_ENV: "production",
    PORT: String(options.port),
    HOST: "127.0.0.1",
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: options.dataDir,
    SESSION_SECRET: randomBytes(32).toString("hex"),
    GIFT_CARD_CODE_SECRET: randomBytes(32).toString("hex"),
    STRIPE_SECRET_KEY: "sk_test_benchmark_never_called",
    STRIPE_WEBHOOK_SECRET: "whsec_benchmark_never_called",
    STRIPE_API_BASE: "http://127.0.0.1:9",
    LOG_LEVEL: "warn",
  };
}

/** How many web processes `npm start` runs for the benchmarks: WEB_CONCURRENCY, else one per core (decision 014). */
export function webProcesses(): number {
  return Number(process.env.WEB_CONCURRENCY) || os.availableParallelism();
}

export type RunningServer = { url: string; port: number; pid: number; stop: () => Promise<void> };

export async function startServer(options: {
  appDir: string;
  env: Record<string, string>;
  logFile: string;
  readyTimeoutMs?: number;
  /** extra Node flags for the server, e.g. `--cpu-prof` */
  nodeArgs?: string[];
}): Promise<RunningServer> {
  const port = Number(options.env.PORT);
  const log = createWriteStream(options.logFile, { flags: "a" });
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", path.join(repoRoot, "server/start.ts")], {
    cwd: options.appDir,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  // Slow on a busy machine: migrations, the seed's drawings and a production build's first import.
  const deadline = Date.now() + (options.readyTimeoutMs ?? 300_000);
  const logTail = () => readFileSync(options.logFile, "utf8").split("\n").slice(-20).join("\n");
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready:\n${logTail()}`);
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      await exited;
      throw new Error(`the server was not ready in time:\n${logTail()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    port,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      const code = await Promise.race([exited, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 20_000))]);
      if (code === "timeout") child.kill("SIGKILL");
      log.end();
    },
  };
}

/**
 * Waits until the demo seed's image derivatives exist: no derivative job left in the queue and a
 * derivative row for every photo. Pages measured earlier would be serving originals only.
 */
export async function waitForDerivatives(databaseUrl: string, timeoutMs = 600_000): Promise<{ photos: number; derivatives: number; ms: number }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const startedAt = Date.now();
  try {
    for (;;) {
      const [queue] = await sql<{ pending: number }[]>`
        select count(*)::int as pending from graphile_worker.jobs where task_identifier = 'generate_image_derivatives'`;
      const [images] = await sql<{ photos: number; ready: number; derivatives: number }[]>`
        select (select count(*)::int from photos) as photos,
               (select count(distinct photo_id)::int from photo_images where kind = 'derivative') as ready,
               (select count(*)::int from photo_images where kind = 'derivative') as derivatives`;
      if (queue!.pending === 0 && images!.photos > 0 && images!.ready === images!.photos) {
        return { photos: images!.photos, derivatives: images!.derivatives, ms: Date.now() - startedAt };
      }
      if (Date.now() - startedAt > timeoutMs) throw new Error(`derivatives not ready after ${timeoutMs} ms: ${JSON.stringify({ ...queue, ...images })}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await sql.end();
  }
}

export type SeededPages = { photoSlug: string; collectionSlug: string; variantIds: number[] };

/** A featured photo (what the home page links first), a collection, and active print variants for carts. */
export async function seededPages(databaseUrl: string): Promise<SeededPages> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [photo] = await sql<{ slug: string }[]>`select slug from photos where is_active order by is_featured desc, sort_order, id limit 1`;
    const [collection] = await sql<{ slug: string }[]>`select slug from collections where is_active order by sort_order, id limit 1`;
    const variants = await sql<{ id: number }[]>`
      select v.id from print_variants v join photos p on p.id = v.photo_id
      where v.is_active and p.is_active order by v.id limit 100`;
    if (!photo || !collection) throw new Error("the demo seed has no photo or no collection");
    return { photoSlug: photo.slug, collectionSlug: collection.slug, variantIds: variants.map((v) => v.id) };
  } finally {
    await sql.end();
  }
}

export { freePort };
