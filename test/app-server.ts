// The real Express app on an ephemeral port, for tests that speak HTTP to it.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { inject } from "vitest";
import { atFileEnd } from "./cleanup";
import type { Db } from "../db/client";
import { createApp, type AppDeps } from "../server/app";
import { loadEnv, type Env } from "../server/env";
import { refuseTunnels } from "../server/http/request-target";
import { createPayments } from "../server/integrations/payments/index";
import { createLogger } from "../server/log";

export type AppServer = { url: string; env: Env; close: () => Promise<void> };

/** A test configuration: its own data folder, a fixed secret, no secrets from the developer's shell. */
export function testEnv(overrides: Record<string, string> = {}): Env {
  // In the run's scratch folder too, which the run removes at its end whatever the tests did.
  const dataDir = mkdtempSync(path.join(inject("scratchDir"), "env-"));
  atFileEnd(() => rmSync(dataDir, { recursive: true, force: true }));
  return loadEnv({ NODE_ENV: "test", DATA_DIR: dataDir, SESSION_SECRET: "test-secret-".padEnd(40, "x"), LOG_LEVEL: "silent", ...overrides });
}

export async function startAppServer(db: Db, deps: Partial<Omit<AppDeps, "db">> = {}): Promise<AppServer> {
  const env = deps.env ?? testEnv();
  const app = createApp({ env, log: createLogger("silent"), payments: createPayments(env), ...deps, db });
  const server = refuseTunnels(app.listen(0, "127.0.0.1"));
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  atFileEnd(close);
  return { url: `http://127.0.0.1:${port}`, env, close };
}
