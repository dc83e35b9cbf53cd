// Remix's Express adapter (@remix-run/express 2.17), with one change: the body Remix reads is the
// size-limited stream of body-limit.ts instead of `req` itself, so a form or resource route never
// reads more than its path allows. The adapter reads `req` directly and offers no hook for that.
import { createReadableStreamFromReadable, createRequestHandler, writeReadableStreamToWritable, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";
import { limitedBody } from "./body-limit";

type Options = {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  getLoadContext: (req: Request, res: Response) => AppLoadContext;
};

function headersOf(req: Request): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

const portOf = (host: string | undefined) => Number.parseInt(host?.split(":")[1] ?? "", 10);

/** The URL the browser addressed: the host as `trust proxy` resolves it, the port as the adapter takes it. */
function addressedUrl(req: Request): URL {
  const port = [portOf(req.get("x-forwarded-host")), portOf(req.get("host"))].find(Number.isSafeInteger);
  return new URL(`${req.protocol}://${req.hostname}${port === undefined ? "" : `:${port}`}${req.originalUrl}`);
}

function remixRequest(req: Request, res: Response): { request: globalThis.Request; cutShort: () => boolean } {
  const controller = new AbortController();
  let tooLarge = false;
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers: headersOf(req), signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    const body = limitedBody(req, res, () => {
      tooLarge = true;
      // An aborted request's errors are not reported by Remix: a refused body is not a fault.
      controller.abort();
    });
    init.body = createReadableStreamFromReadable(body) as unknown as BodyInit;
    init.duplex = "half";
  }
  // As the adapter does: once the answer can no longer be written, loaders and actions are told.
  let finished = false;
  res.on("finish", () => (finished = true));
  res.on("close", () => finished || controller.abort());
  return { request: new Request(addressedUrl(req), init), cutShort: () => tooLarge };
}

async function send(res: Response, response: globalThis.Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (/text\/event-stream/i.test(response.headers.get("content-type") ?? "")) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

export function remixHandler({ build, mode, getLoadContext }: Options) {
  const handle = createRequestHandler(build, mode);
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { request, cutShort } = remixRequest(req, res);
      const response = await handle(request, getLoadContext(req, res));
      // The 413 has been sent already; what Remix made of the cut body is dropped unread.
      if (cutShort()) await response.body?.cancel();
      else await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}
