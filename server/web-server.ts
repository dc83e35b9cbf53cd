// One web process: a database pool, the Remix build and the HTTP server on env.PORT. `npm start`
// runs WEB_CONCURRENCY of them as supervised children sharing the port (server/supervisor/).
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import { createServer } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { connect } from "../db/client";
import { createApp } from "./app";
import { refuseTunnels } from "./http/request-target";
import { watchDevBuild } from "./dev-build";
import { answeringOutagesWith503 } from "./http/database-outage";
import type { Env } from "./env";
import type { Logger } from "./log";
import type { Payments } from "./integrations/payments/index";

export type WebServer = { close: () => Promise<void> };

const buildPathIn = (root: string) => path.join(root, "build/index.js");

/** The Remix build, read afresh (remix dev rewrites it in place). */
export async function importRemixBuild(root: string): Promise<ServerBuild> {
  return answeringOutagesWith503(await import(pathToFileURL(buildPathIn(root)).href + `?t=${Date.now()}`));
}

export async function startWebServer(options: { env: Env; log: Logger; databaseUrl: string; payments: Payments; root: string; underRemixDev: boolean; build?: ServerBuild }): Promise<WebServer> {
  const { env, log, underRemixDev } = options;
  const database = connect(options.databaseUrl, { max: env.POOL_MAX, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS, connectTimeoutMs: env.CONNECT_TIMEOUT_MS });
  const buildPath = buildPathIn(options.root);
  const importBuild = () => importRemixBuild(options.root);
  let build = options.build ?? (await importBuild());
  const remixBuild = underRemixDev ? async () => build : build;

  const server = createServer(
    // Chosen rather than inherited (docs/operations.md): a client gets 10 s to send its headers and
    // 30 s for the whole request; an idle keep-alive connection is kept 65 s, longer than the 60 s
    // a load balancer typically keeps its side, so the balancer never reuses one we just closed.
    { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 65_000 },
    createApp({ env, db: database.db, log, payments: options.payments, remixBuild }),
  );
  refuseTunnels(server);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOST, () => resolve());
  });
  if (underRemixDev) {
    void broadcastDevReady(build);
    watchDevBuild(buildPath, async () => {
      build = await importBuild();
      await broadcastDevReady(build);
    });
  }
  return {
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await database.close();
    },
  };
}
