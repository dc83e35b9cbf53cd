// A lean HTTP/1.1 client for load generation: one kept-alive socket per concurrent request, the
// request written in one piece, the answer parsed just enough (status, Content-Length or chunked
// body). `fetch` spends about 1 ms of CPU a request on this machine's 2 cores, CPU the server under
// test then does not get; this spends a fraction of that.
import net from "node:net";

export type RawAnswer = { status: number; body: string; ms: number };

export type RawConnection = {
  post(path: string, headers: Record<string, string>, body: string): Promise<RawAnswer>;
  close(): void;
};

const HEAD_END = Buffer.from("\r\n\r\n");

/** The body's bytes once complete, or null while more are due. */
function completeBody(head: string, rest: Buffer): Buffer | null {
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (length) return rest.length >= Number(length[1]) ? rest.subarray(0, Number(length[1])) : null;
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(head)) throw new Error(`an answer with neither Content-Length nor chunked encoding:\n${head}`);
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = rest.indexOf("\r\n", at);
    if (lineEnd === -1) return null;
    const size = parseInt(rest.subarray(at, lineEnd).toString("latin1"), 16);
    if (size === 0) return rest.indexOf("\r\n", lineEnd + 2) === -1 ? null : Buffer.concat(parts);
    if (rest.length < lineEnd + 2 + size + 2) return null;
    parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

export async function openConnection(baseUrl: string): Promise<RawConnection> {
  const { hostname, port } = new URL(baseUrl);
  const socket = net.connect({ host: hostname, port: Number(port), noDelay: true });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  const host = `${hostname}:${port}`;
  return {
    post(path, headers, body) {
      return new Promise<RawAnswer>((resolve, reject) => {
        let received: Buffer = Buffer.alloc(0);
        const onData = (chunk: Buffer) => {
          received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
          const headEnd = received.indexOf(HEAD_END);
          if (headEnd === -1) return;
          const head = received.subarray(0, headEnd).toString("latin1");
          let answer: Buffer | null;
          try {
            answer = completeBody(head, received.subarray(headEnd + 4));
          } catch (error) {
            finish();
            reject(error as Error);
            return;
          }
          if (answer === null) return;
          const ms = performance.now() - startedAt;
          finish();
          resolve({ status: Number(head.slice(9, 12)), body: answer.toString("utf8"), ms });
        };
        const onError = (error: Error) => {
          finish();
          reject(error);
        };
        const onClose = () => onError(new Error("the server closed the connection before answering"));
        const finish = () => {
          socket.off("data", onData);
          socket.off("error", onError);
          socket.off("close", onClose);
        };
        socket.on("data", onData);
        socket.on("error", onError);
        socket.on("close", onClose);
        const bytes = Buffer.from(body);
        const lines = [`POST ${path} HTTP/1.1`, `host: ${host}`, "connection: keep-alive", `content-length: ${bytes.length}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
        const startedAt = performance.now();
        socket.write(Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), bytes]));
      });
    },
    close: () => socket.destroy(),
  };
}
