// The HTTP application: headers, static files, health, tRPC and Remix. Built by start.ts and by tests.
import type { ServerBuild } from "@remix-run/node";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import compression from "compression";
import cookieParser from "cookie-parser";
import express from "express";
import expressStaticGzip from "express-static-gzip";
import { randomUUID } from "node:crypto";
import path from "node:path";
import zlib from "node:zlib";
import { pinoHttp } from "pino-http";
import type { Db } from "../db/client";
import type { Env } from "./env";
import { DATABASE_RETRY_AFTER_SECONDS } from "./errors";
import { photosAwaitingDerivatives } from "./images/awaiting-derivatives";
import { bodyLimitFor, refuseOversizedBodies } from "./http/body-limit";
import { devPagesOnlyForAllowedClients } from "./http/dev-pages";
import { refuseNonFormBodies } from "./http/form-body";
import { contextFor } from "./http/load-context";
import { createLanguageModel, type LanguageModel } from "./integrations/llm/index";
import type { Payments } from "./integrations/payments/index";
import { createPageCache } from "./http/page-cache";
import { listenForCatalogueChanges } from "./admin/catalogue/catalogue-changed";
import { createStorage, type ConfiguredStorage } from "./integrations/storage/index";
import { serveMedia } from "./integrations/storage/serve-media";
import { createRateLimits, type RateLimits } from "./rate-limits/rate-limits";
import { remixHandler } from "./http/remix-handler";
import { refuseUnusualRequests } from "./http/request-target";
import { refuseCrossSitePosts } from "./http/same-origin";
import { cspNonce, securityHeaders } from "./http/security";
import { checkTrpcRequest } from "./http/trpc-edge";
import type { Logger } from "./log";
import { proceduresTakingUploads } from "./trpc/init";
import { appRouter } from "./trpc/root";

export type AppDeps = {
  env: Env;
  db: Db;
  log: Logger;
  /** made from `db` when not given */
  rateLimits?: RateLimits;
  /** made from `env` when not given; /media serves what it holds */
  storage?: ConfiguredStorage;
  /** built once at boot by the process (server/boot.ts) */
  payments: Payments;
  /** made once from `env` when not given: Claude with a key, the offline assistant without */
  llm?: LanguageModel;
  /** the Remix server build, or a function returning the latest one (development) */
  remixBuild?: ServerBuild | (() => Promise<ServerBuild>);
};

const ONE_YEAR = "365d";
/** calls in one tRPC batch: a page makes a handful; a thousand in one request is abuse */
const MAX_BATCH_SIZE = 20;
const HEALTH_DEADLINE_MS = 2_000;
// Express 4's MIME table predates AVIF; with nosniff a wrong type would make browsers refuse it.
express.static.mime.define({ "image/avif": ["avif"] });

export function createApp(deps: AppDeps): express.Express {
  const { env, db, log } = deps;
  const rateLimits = deps.rateLimits ?? createRateLimits(db);
  const storage = deps.storage ?? createStorage(env, log);
  const { payments } = deps;
  const llm = deps.llm ?? createLanguageModel(env, log);
  const pageCache = createPageCache({ enabled: env.PAGE_CACHE === "on" });
  // A change in the back office empties every process's cache at its commit (decision 012).
  if (env.PAGE_CACHE === "on") void listenForCatalogueChanges(db, pageCache.clear, log);
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url?.startsWith("/build/") === true },
    }),
  );
  // Before anything reads a body or builds a URL from the target.
  app.use(refuseUnusualRequests, refuseOversizedBodies);
  // Brotli's default 4 MB window is allocated afresh for every response, which under concurrent load
  // cost 2-4x the throughput of gzip (docs/performance.md); 256 KB holds any page, so no size is lost.
  // Webhook answers are a few bytes of JSON read by a machine, but a Remix response has no
  // Content-Length, so the size threshold cannot spare them a compressor each; they skip the
  // middleware altogether, which wraps every response it sees (docs/performance.md).
  const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } } });
  app.use((req, res, next) => (req.path.startsWith("/webhooks/") ? next() : compress(req, res, next)));
  app.use(cspNonce, securityHeaders({ isProduction: env.isProduction, mediaOrigin: env.MEDIA_BASE_URL && new URL(env.MEDIA_BASE_URL).origin }));

  // The build's own brotli and gzip copies (server/http/precompress-build.ts); the compressor above
  // leaves an answer that already has a Content-Encoding alone.
  app.use("/build", expressStaticGzip(path.resolve("public/build"), { enableBrotli: true, orderPreference: ["br", "gz"], serveStatic: { immutable: true, maxAge: ONE_YEAR, fallthrough: false } }));
  app.use("/media", serveMedia(storage, { mediaBaseUrl: env.MEDIA_BASE_URL }));
  app.use(express.static(path.resolve("public"), { maxAge: "1h", index: false }));

  app.get("/healthz", async (_req, res) => {
    try {
      // A check that hangs is no check: a pool that cannot answer within the deadline counts as down.
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error("the database did not answer within the health check's deadline")), HEALTH_DEADLINE_MS);
      });
      const awaiting = await Promise.race([photosAwaitingDerivatives(db), deadline]).finally(() => clearTimeout(timer));
      // "drawing" tells an operator (and the browser tests' runner) that some photos are still served
      // from their originals while the first start's derivative jobs run.
      res.json({ status: "ok", database: "up", images: awaiting === 0 ? "ready" : "drawing" });
    } catch (error) {
      log.warn({ err: error }, "health check: database unreachable");
      res.status(503).set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS)).json({ status: "unavailable", database: "down" });
    }
  });

  app.use(cookieParser(env.SESSION_SECRET));

  // A procedure taking uploads reads its body with its own row's limit; every other call with /api/trpc's.
  const trpcWithLimit = (maxBodySize: number) =>
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, res, info }) => {
        const context = contextFor({ db, env, rateLimits, payments, storage, llm, pageCache }, req, res);
        checkTrpcRequest(req, info, context.session);
        return context;
      },
      maxBodySize,
      maxBatchSize: MAX_BATCH_SIZE,
      // A database outage is a 503 (server/errors.ts); tell the client when to try again.
      responseMeta: ({ errors }) => (errors.some((error) => error.code === "SERVICE_UNAVAILABLE") ? { headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) } } : {}),
      onError: ({ error, path: procedure, req }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error, procedure }, "tRPC procedure failed");
        // A body cut at the limit: what the client still sends is not read. A streamed answer has
        // sent its headers already, so its connection is closed once the answer is complete;
        // otherwise the 413 lingers before the close (server/http/body-limit.ts).
        if (error.code === "PAYLOAD_TOO_LARGE" && req.res) {
          if (req.res.headersSent) req.res.once("finish", () => req.socket.destroy());
          else req.res.set("connection", "close");
        }
      },
    });
  const trpcForJson = trpcWithLimit(bodyLimitFor("/api/trpc"));
  const trpcForUploads = new Map([...proceduresTakingUploads].map((procedure) => [procedure, trpcWithLimit(bodyLimitFor(`/api/trpc/${procedure}`))]));
  app.use("/api/trpc", (req, res, next) => (trpcForUploads.get(req.path.slice(1)) ?? trpcForJson)(req, res, next));

  if (deps.remixBuild) {
    app.use("/dev", devPagesOnlyForAllowedClients(env));
    app.use(pageCache.serve, refuseCrossSitePosts, refuseNonFormBodies);
    app.all(
      "*",
      remixHandler({
        build: deps.remixBuild,
        mode: env.isProduction ? "production" : "development",
        getLoadContext: (req, res) => contextFor({ db, env, rateLimits, payments, storage, llm, pageCache }, req, res),
      }),
    );
  }
  return app;
}
