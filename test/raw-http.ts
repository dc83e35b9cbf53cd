// HTTP requests as a client that misbehaves would send them: large or endless bodies written with
// backpressure until the server answers or cuts the connection, and raw request lines over a socket.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";

export type BodyAnswer = { status: number; body: string; headers: Record<string, string | string[] | undefined>; bytesWritten: number };

/**
 * Sends `totalBytes` of `fill` in 64 KB chunks (chunked, unless `declareLength`) and says how much
 * was written: until the answer arrives, or, with `ignoreAnswer`, until the server closes the
 * connection or all was sent, as a client that never reads the answer would.
 */
export function sendLargeBody(
  url: string,
  options: { totalBytes: number; contentType?: string; fill?: string; declareLength?: boolean; headers?: Record<string, string>; ignoreAnswer?: boolean },
): Promise<BodyAnswer> {
  const chunk = Buffer.alloc(64 * 1024, options.fill ?? "a");
  const headers: Record<string, string> = { ...(options.contentType ? { "content-type": options.contentType } : {}), ...options.headers };
  if (options.declareLength) headers["content-length"] = String(options.totalBytes);
  return new Promise((resolve, reject) => {
    let bytesWritten = 0;
    let answer: Omit<BodyAnswer, "bytesWritten"> | undefined;
    let writing = true;
    let responded = false;
    const settle = () => {
      if (answer && (!writing || !options.ignoreAnswer)) resolve({ ...answer, bytesWritten });
    };
    const req = httpRequest(url, { method: "POST", headers }, (res) => {
      responded = true;
      if (!options.ignoreAnswer) writing = false;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (part: string) => (body += part));
      const done = () => {
        answer = { status: res.statusCode ?? 0, body, headers: res.headers };
        settle();
      };
      res.on("end", done);
      res.on("error", done);
    });
    const stopped = () => {
      writing = false;
      settle();
    };
    // A server that cuts an upload makes the client's writes fail; only a failure before any answer counts.
    req.on("error", (error) => (answer || responded ? stopped() : reject(error)));
    req.on("close", () => (answer || responded ? stopped() : reject(new Error("the server closed the connection without an answer"))));
    const pump = () => {
      while (writing && !req.destroyed && bytesWritten < options.totalBytes) {
        bytesWritten += chunk.length;
        if (!req.write(chunk)) {
          req.once("drain", pump);
          return;
        }
      }
      if (writing && !req.destroyed) req.end(stopped);
    };
    req.flushHeaders();
    pump();
  });
}

/** Writes `head` (request line and headers) on a fresh socket and resolves with everything the server sent back. */
export function rawRequest(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(head));
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (part: string) => {
      answer += part;
      // One answer is enough; a keep-alive connection would otherwise stay open.
      if (/\r\n\r\n/.test(answer)) {
        const length = /content-length: (\d+)/i.exec(answer)?.[1];
        if (length !== undefined && Buffer.byteLength(answer.split("\r\n\r\n").slice(1).join("\r\n\r\n")) >= Number(length)) socket.end();
      }
    });
    socket.on("end", () => resolve(answer));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}
