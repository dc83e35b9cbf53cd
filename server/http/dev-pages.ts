// /dev/* pages (the outbox shows every gift-card code) exist only outside production, and only for
// the client addresses DEV_PAGES allows (loopback by default): anyone else gets a 404.
import type { NextFunction, Request, Response } from "express";
import type { Env } from "../env";
import { addressMatcher } from "./address-list";

export function devPagesOnlyForAllowedClients(env: Pick<Env, "DEV_PAGES" | "isProduction">) {
  const allowed = addressMatcher(env.isProduction ? [] : env.DEV_PAGES);
  return (req: Request, res: Response, next: NextFunction) => {
    // req.ip is the client as `trust proxy` resolves it: a forwarded address counts only from a trusted proxy.
    if (allowed(req.ip)) return next();
    res.status(404).type("text/plain").send("Not found");
  };
}
