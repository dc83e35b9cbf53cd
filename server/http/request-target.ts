// Requests no page or API of the store can mean are answered with a 4xx before any route sees
// them: methods beyond the six the store uses (TRACE, CONNECT, PROPFIND…), and request targets
// that are not a path (an absolute URL `GET http://other.example/`, or `OPTIONS *`), which Remix
// would turn into a URL it cannot parse, a 500.
import type { NextFunction, Request, Response } from "express";
import type { Server } from "node:http";

const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
const allow = methods.join(", ");

export function refuseUnusualRequests(req: Request, res: Response, next: NextFunction) {
  if (!req.url.startsWith("/")) {
    res.status(400).set("connection", "close").type("text/plain").send("The request target must be a path on this site, such as /photos.");
    return;
  }
  if (!methods.includes(req.method)) {
    res.status(405).set({ allow, connection: "close" }).type("text/plain").send(`This site answers ${allow} only.`);
    return;
  }
  next();
}

/**
 * Node hands CONNECT (a request to open a tunnel) to the server's "connect" listeners, never to the
 * app, and without one drops the connection unanswered; the store is no proxy and says so.
 */
export function refuseTunnels(server: Server): Server {
  server.on("connect", (_req, socket) => {
    const body = `This site answers ${allow} only.`;
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${allow}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
  return server;
}
