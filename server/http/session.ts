// The shopper's identity: a random id in a signed, httpOnly, SameSite=Lax cookie, set only when needed.
import type { Request, Response } from "express";
import { randomUUID } from "node:crypto";

export const SESSION_COOKIE = "pr_session";
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export type Session = {
  /** the id from a valid signed cookie, if the shopper already has one */
  readonly id: string | undefined;
  /** the id, creating and setting the cookie first if there is none */
  ensureId(): string;
};

export function sessionFor(req: Request, res: Response, secure: boolean): Session {
  const signed = req.signedCookies?.[SESSION_COOKIE];
  let id: string | undefined = typeof signed === "string" && /^[0-9a-f-]{36}$/.test(signed) ? signed : undefined;
  return {
    get id() {
      return id;
    },
    ensureId() {
      if (!id) {
        // Only createContext or a loader can still set the cookie once an answer streams (trpc-edge.ts).
        if (res.headersSent) throw new Error("A session was started after the answer's headers were sent, so its cookie could not reach the shopper");
        id = randomUUID();
        res.cookie(SESSION_COOKIE, id, { signed: true, httpOnly: true, sameSite: "lax", secure, maxAge: ONE_YEAR_MS, path: "/" });
      }
      return id;
    },
  };
}
