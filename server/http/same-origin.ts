// The one cross-site rule for every mutation: a form posted from another site is refused with a 403
// before Remix sees it, and tRPC mutations apply the same test (server/http/trpc-edge.ts). Remix
// makes a similar check on document actions (Origin against X-Forwarded-Host or Host), but answers
// a mismatch by throwing, which is a 500; the shopper, and a forged form, get a clear 403 instead.
import type { NextFunction, Request, Response } from "express";

/** The host the browser addressed, as Remix reads it. */
function addressedHost(req: Pick<Request, "headers">): string | undefined {
  const forwarded = req.headers["x-forwarded-host"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || req.headers.host || undefined;
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Whether a browser sent this request from another site: it says so in Sec-Fetch-Site, or its
 * Origin names another host. A request without either (Stripe's webhooks, curl, a server-side
 * client) is not a browser's cross-site request and passes.
 */
export function isCrossSite(req: Pick<Request, "headers">): boolean {
  if (req.headers["sec-fetch-site"] === "cross-site") return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const host = addressedHost(req);
  return !(host && origin !== "null" && originHost(origin) === host);
}

export function refuseCrossSitePosts(req: Request, res: Response, next: NextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || !isCrossSite(req)) return next();
  res.status(403).type("text/plain").send("This form was sent from another site, so nothing was changed. Please use the form on this site.");
}
