// How large a request body may be, by path, and the edge that refuses one past it before it is read
// whole: a Content-Length over the limit is answered at once, and a body that grows past it
// (chunked, or longer than it said) is cut where it crosses the line.
import type { NextFunction, Request, Response } from "express";
import { Transform, type TransformCallback } from "node:stream";

const MiB = 1024 * 1024;

/**
 * The longest matching prefix wins. A route that takes larger bodies (uploads) adds its own row,
 * and reads its body through `limitedBody`, or tRPC's `maxBodySize` for a procedure.
 */
const bodyLimits: readonly { prefix: string; bytes: number }[] = [
  // Forms: a few fields, or a short message; nothing here takes files.
  { prefix: "/", bytes: 1 * MiB },
  // JSON calls: a cart or checkout is a few kilobytes.
  { prefix: "/api/trpc", bytes: 1 * MiB },
  // A wall photo (server/mockups/): a 12 MP phone JPEG is 3-6 MB; tRPC reads it with this limit.
  { prefix: "/api/trpc/mockups.uploadWallPhoto", bytes: 10 * MiB },
  // A photo's original from the back office (server/admin/catalogue/): a 60 MP camera JPEG is 20-35 MB.
  { prefix: "/admin/photos/upload", bytes: 40 * MiB },
  // Stripe's events are a few kilobytes; Stripe sets no maximum, so the same generous bound.
  { prefix: "/webhooks/stripe", bytes: 1 * MiB },
];

export function bodyLimitFor(path: string): number {
  let best = bodyLimits[0]!;
  for (const limit of bodyLimits) {
    const matches = path === limit.prefix || path.startsWith(limit.prefix.endsWith("/") ? limit.prefix : `${limit.prefix}/`);
    if (matches && limit.prefix.length > best.prefix.length) best = limit;
  }
  return best.bytes;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / MiB) * 10) / 10} MB`;
}

export function tooLargeMessage(limit: number): string {
  return `The request is larger than this address accepts (${megabytes(limit)}), so nothing was read or changed.`;
}

/**
 * 413, and the connection closes after it (see lingerAfterRefusal): whatever the client still sends
 * is dropped unread. Answered as JSON to a JSON caller (tRPC's error shape needs no more than a
 * message) and as text otherwise.
 */
function answerTooLarge(req: Request, res: Response, limit: number) {
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  res.status(413).set("connection", "close");
  if (fullPath(req).startsWith("/api/trpc")) res.json({ error: { message: tooLargeMessage(limit), code: -32013, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } });
  else res.type("text/plain").send(tooLargeMessage(limit));
}

/** The path as the client sent it, wherever the middleware is mounted. */
function fullPath(req: Request): string {
  return req.baseUrl + req.path;
}

/** How long a refused upload's remaining bytes are read and dropped before the socket is cut. */
const LINGER_MS = 2_000;

/**
 * Closing a socket whose client is still sending makes the kernel reset it, and a reset throws away
 * the 413 the client has not read yet. Node closes a `Connection: close` socket the moment the
 * answer is written; after a refused body it only half-closes it instead (the answer and its end
 * reach the client), and the rest of the body is read and dropped, nothing kept, until the client
 * stops sending (at once, for a client that reads the answer) or a moment has passed: "lingering close".
 */
function lingerAfterRefusal(req: Request, res: Response) {
  res.once("prefinish", () => {
    if (res.statusCode !== 413 || req.complete) return;
    const socket = req.socket;
    socket.destroySoon = () => socket.end();
    req.resume();
    const cut = setTimeout(() => socket.destroy(), LINGER_MS).unref();
    socket.once("close", () => clearTimeout(cut));
    req.once("end", () => {
      clearTimeout(cut);
      socket.destroy();
    });
  });
}

/** Refuses, before a byte of it is read, a body whose Content-Length is over its path's limit. */
export function refuseOversizedBodies(req: Request, res: Response, next: NextFunction) {
  lingerAfterRefusal(req, res);
  const declared = req.headers["content-length"];
  const limit = bodyLimitFor(fullPath(req));
  if (declared !== undefined && Number(declared) > limit) return answerTooLarge(req, res, limit);
  next();
}

class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
}

/** Passes bytes through until `limit`; one more and it fails instead, holding nothing back. */
class BodyLimiter extends Transform {
  private seen = 0;
  constructor(
    private readonly limit: number,
    private readonly onTooLarge: () => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.seen += chunk.length;
    if (this.seen <= this.limit) return callback(null, chunk);
    this.onTooLarge();
    callback(new BodyTooLargeError(tooLargeMessage(this.limit)));
  }
}

/**
 * The request body as a stream that fails once it passes the path's limit; the client then gets a
 * 413 at once, the connection is cut, and `onTooLarge` lets the reader give up.
 */
export function limitedBody(req: Request, res: Response, onTooLarge: () => void): Transform {
  const limit = bodyLimitFor(fullPath(req));
  const limiter = new BodyLimiter(limit, () => {
    req.unpipe(limiter);
    req.pause();
    answerTooLarge(req, res, limit);
    onTooLarge();
  });
  req.pipe(limiter);
  // pipe() passes on no failure: a client gone mid-body must fail the reader, not leave it waiting.
  req.once("error", (error) => limiter.destroy(error));
  req.once("close", () => req.complete || limiter.destroy(new Error("The client closed the connection before the whole body arrived")));
  return limiter;
}
