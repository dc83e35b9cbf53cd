// A page's action takes a form: a request to change something whose body is not one (none, JSON,
// text, bytes, no content type) is answered 415 here, for every page at once, instead of each
// action failing on it with a 500. Resource routes that take other bodies are listed.
import type { NextFunction, Request, Response } from "express";

const formTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];

/** Routes whose actions read a body that is not a form, with why. */
const nonFormRoutes: readonly string[] = [
  // Stripe posts its events as JSON, and the signature covers those exact bytes.
  "/webhooks/stripe",
];

const mutations = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function mediaType(req: Request): string | undefined {
  return req.headers["content-type"]?.split(";", 1)[0]?.trim().toLowerCase() || undefined;
}

export function refuseNonFormBodies(req: Request, res: Response, next: NextFunction) {
  if (!mutations.has(req.method) || nonFormRoutes.includes(req.path)) return next();
  const type = mediaType(req);
  if (type && formTypes.includes(type)) return next();
  res
    .status(415)
    // The body is not read, so the connection cannot carry another request after it.
    .set({ "accept-post": formTypes.join(", "), connection: "close" })
    .type("text/plain")
    .send(`This page takes a form (${formTypes.join(" or ")}), but the request sent ${type ? `"${type}"` : "no form"}, so nothing was changed.`);
}
