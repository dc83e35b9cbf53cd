// The load context a Remix loader or action receives, built for calling one directly in a test.
import type { AppLoadContext } from "@remix-run/node";
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import type { Env } from "../server/env";
import { createRateLimits, type RateLimits } from "../server/rate-limits/rate-limits";
import type { Session } from "../server/http/session";
import { createLanguageModel } from "../server/integrations/llm/index";
import { createPayments } from "../server/integrations/payments/index";
import { createStorage } from "../server/integrations/storage/index";
import { createLogger } from "../server/log";

/** A shopper's session as the cookie middleware would give it; `started` says whether a cookie was set. */
export function testSession(id?: string): Session & { started: boolean } {
  let current = id;
  return {
    started: false,
    get id() {
      return current;
    },
    ensureId() {
      if (!current) {
        current = randomUUID();
        this.started = true;
      }
      return current;
    },
  };
}

export function routeContext(db: Db, env: Env, overrides: Partial<AppLoadContext> & { rateLimits?: RateLimits } = {}): AppLoadContext {
  const log = createLogger("silent");
  return {
    db,
    env,
    session: testSession(),
    clientIp: "203.0.113.10",
    requestId: randomUUID(),
    log,
    cspNonce: "",
    rateLimits: createRateLimits(db),
    payments: createPayments(env, log),
    storage: createStorage(env),
    // the offline assistant unless the test's env has a key, or the test passes its own `llm`
    llm: createLanguageModel(env),
    pageCache: { shareable: false, keeps: false, store: () => {} },
    ...overrides,
  } as AppLoadContext;
}

/** A form post as the browser sends it without JavaScript. */
export function formPost(url: string, fields: Record<string, string>): Request {
  return new Request(url, { method: "POST", body: new URLSearchParams(fields), headers: { "content-type": "application/x-www-form-urlencoded" } });
}
