// One web process: a database pool, the Remix build and the HTTP server on env.PORT. `npm start`
// runs it in its own process when it serves alone, and in each cluster worker otherwise.
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import { createServer } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { connect } from "../db/client";
import { createApp } from "./app";
import { refuseTunnels } from "./http/request-target";
import { watchDevBuild } from "./dev-build";
import type { Env } from "./env";
import type { Logger } from "./log";
import type { Payments } from "./integrations/payments/index";

export type WebServer = { close: () => Promise<void> };

export async function startWebServer(options: { env: Env; log: Logger; databaseUrl: string; payments: Payments; root: string; underRemixDev: boolean }): Promise<WebServer> {
  const { env, log, underRemixDev } = options;
  const database = connect(options.databaseUrl, { max: Number(process.env.POOL_MAX ?? 20) });
  const buildPath = path.join(options.root, "build/index.js");
  const importBuild = async (): Promise<ServerBuild> => import(pathToFileURL(buildPath).href + `?t=${Date.now()}`);
  let build = await importBuild();
  const remixBuild = underRemixDev ? async () => build : build;

  const server = createServer(createApp({ env, db: database.db, log, payments: options.payments, remixBuild }));
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
