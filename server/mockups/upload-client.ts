// Test helpers: uploads over real HTTP, and what the store holds afterwards (files and rows).
import { count } from "drizzle-orm";
import { readdir } from "node:fs/promises";
import { connect } from "node:net";
import path from "node:path";
import type { Db } from "../../db/client";
import { wallPhotos } from "../../db/schema/mockups";
import type { AppServer } from "../../test/app-server";

export type UploadAnswer = { status: number; text: string; json: { result?: { data: Record<string, unknown> }; error?: { message: string; data: { code: string; httpStatus: number } } }; cookie: string | undefined };

export async function uploadWallPhoto(server: Pick<AppServer, "url">, body: Uint8Array, options: { cookie?: string; headers?: Record<string, string>; query?: string } = {}): Promise<UploadAnswer> {
  const response = await fetch(`${server.url}/api/trpc/mockups.uploadWallPhoto${options.query ?? ""}`, {
    method: "POST",
    body: new Uint8Array(body),
    headers: { "content-type": "application/octet-stream", ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
  });
  const text = await response.text();
  let json: UploadAnswer["json"] = {};
  try {
    json = JSON.parse(text) as UploadAnswer["json"];
  } catch {
    // A plain-text refusal from the edge; the status says enough.
  }
  const cookie = response.headers.get("set-cookie")?.split(";", 1)[0] ?? options.cookie;
  return { status: response.status, text, json, cookie };
}

export async function wallPhotoQuery(server: Pick<AppServer, "url">, id: string, cookie?: string) {
  const response = await fetch(`${server.url}/api/trpc/mockups.wallPhoto?input=${encodeURIComponent(JSON.stringify({ id }))}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, json: (await response.json()) as { result?: { data: Record<string, unknown> }; error?: { message: string; data: { code: string } } } };
}

/** Every file under the server's uploads folder, as storage keys. */
export async function storedKeys(server: Pick<AppServer, "env">): Promise<string[]> {
  const root = path.join(server.env.DATA_DIR, "uploads");
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

export async function wallPhotoRows(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(wallPhotos);
  return row!.n;
}

export async function healthy(server: Pick<AppServer, "url">): Promise<number> {
  return (await fetch(`${server.url}/healthz`)).status;
}

/**
 * Sends `totalBytes` chunked (no Content-Length) on a bare socket and keeps whatever the server
 * answers. Node's HTTP client drops an answer that arrives while its writes fail on the closed
 * connection; a socket keeps the bytes it received, so the test sees the 413 that was sent.
 */
export function chunkedUploadOnSocket(server: Pick<AppServer, "url">, path: string, totalBytes: number): Promise<{ answer: string; bytesWritten: number }> {
  const { port } = new URL(server.url);
  return new Promise((resolve) => {
    let answer = "";
    let bytesWritten = 0;
    const socket = connect(Number(port), "127.0.0.1", () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n`);
      const chunk = Buffer.alloc(64 * 1024, "a");
      const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
      const pump = () => {
        // Like a browser, it stops sending once the server has answered.
        while (bytesWritten < totalBytes && !socket.destroyed && answer === "") {
          bytesWritten += chunk.length;
          if (!socket.write(framed)) return void socket.once("drain", pump);
        }
        if (!socket.destroyed) socket.end("0\r\n\r\n");
      };
      pump();
    });
    socket.setEncoding("utf8");
    socket.on("data", (part: string) => (answer += part));
    // The server cutting the upload makes the writes fail: expected, and the answer is already in.
    socket.on("error", () => {});
    socket.on("close", () => resolve({ answer, bytesWritten }));
  });
}
