// A form posted to the store from another site is refused with a 403 before Remix sees it. Remix
// makes the same check on document actions (Origin against X-Forwarded-Host or Host), but answers a
// mismatch by throwing, which is a 500; the shopper, and a forged form, get a clear 403 instead.
import type { NextFunction, Request, Response } from "express";

/** The host the browser addressed, as Remix reads it. */
function addressedHost(req: Request): string | undefined {
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

export function refuseCrossSitePosts(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin;
  if (req.method === "GET" || req.method === "HEAD" || origin === undefined) return next();
  const host = addressedHost(req);
  if (host && origin !== "null" && originHost(origin) === host) return next();
  res.status(403).type("text/plain").send("This form was sent from another site, so nothing was changed. Please use the form on this site.");
}
