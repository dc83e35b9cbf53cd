// What every Remix loader and action receives: the same handles the tRPC procedures get.
import type { Request, Response } from "express";
import type { Db } from "../../db/client";
import type { Env } from "../env";
import type { LanguageModel } from "../integrations/llm/types";
import type { Payments } from "../integrations/payments/index";
import type { Storage } from "../integrations/storage/index";
import type { Logger } from "../log";
import type { PageCache, PageCacheSlot } from "./page-cache";
import type { RateLimits } from "../rate-limits/rate-limits";
import type { Session } from "./session";
import { sessionFor } from "./session";
import { ADMIN_COOKIE } from "../admin/access/session-token";

export type AppContext = {
  db: Db;
  env: Env;
  session: Session;
  /** the back office's session token from its own cookie; only server/admin/guard.ts reads it */
  adminSessionToken: string | undefined;
  clientIp: string;
  requestId: string;
  log: Logger;
  cspNonce: string;
  rateLimits: RateLimits;
  payments: Payments;
  storage: Storage;
  /** the assistant's model, chosen once at boot (server/integrations/llm) */
  llm: LanguageModel;
  /** whether this page may be shared, and where to keep it */
  pageCache: PageCacheSlot;
};

export type ContextDeps = { db: Db; env: Env; rateLimits: RateLimits; payments: Payments; storage: Storage; llm: LanguageModel; pageCache: PageCache };

export function contextFor(deps: ContextDeps, req: Request, res: Response): AppContext {
  const session = (res.locals.session as Session | undefined) ?? sessionFor(req, res, deps.env.isProduction);
  res.locals.session = session;
  return {
    db: deps.db,
    env: deps.env,
    session,
    adminSessionToken: typeof req.cookies?.[ADMIN_COOKIE] === "string" ? (req.cookies[ADMIN_COOKIE] as string) : undefined,
    clientIp: req.ip ?? "unknown",
    requestId: String(req.id),
    log: req.log,
    cspNonce: String(res.locals.cspNonce ?? ""),
    rateLimits: deps.rateLimits,
    payments: deps.payments,
    storage: deps.storage,
    llm: deps.llm,
    pageCache: deps.pageCache.slotFor(req, res),
  };
}

declare module "@remix-run/node" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends AppContext {}
}
