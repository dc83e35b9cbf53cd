import { describe, expect, it } from "vitest";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { rawRequest } from "../../test/raw-http";
import { remixTestBuild } from "../../test/remix-test-build";

const database = await testDatabase();
const server = await startAppServer(database.db, { remixBuild: remixTestBuild(database.db) });
const port = Number(new URL(server.url).port);

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
const send = (line: string, headers = "Host: 127.0.0.1\r\nConnection: close\r\n") => rawRequest(port, `${line}\r\n${headers}\r\n`);

describe("requests no route can mean", () => {
  it("TRACE and other methods the store does not use are a 405 that lists what it answers", async () => {
    for (const line of ["TRACE / HTTP/1.1", "TRACE /contact HTTP/1.1", "PROPFIND / HTTP/1.1", "OPTIONS /contact HTTP/1.1", "OPTIONS /api/trpc/cart.get HTTP/1.1"]) {
      const answer = await send(line);
      expect(statusOf(answer), line).toBe(405);
      expect(answer).toMatch(/\r\nallow: GET, HEAD, POST, PUT, PATCH, DELETE\r\n/i);
    }
  });

  it("CONNECT, which Node gives to no route, is a 405 rather than a dropped connection", async () => {
    const answer = await rawRequest(port, "CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n");
    expect(statusOf(answer)).toBe(405);
    expect(answer).toMatch(/This site answers GET, HEAD, POST, PUT, PATCH, DELETE only\./);
  });

  it("a target that is not a path (absolute-form, OPTIONS *) is a 400, never a URL built from it", async () => {
    for (const line of ["GET http://evil.example/ HTTP/1.1", "POST http://evil.example/contact HTTP/1.1", "OPTIONS * HTTP/1.1", "GET * HTTP/1.1"]) {
      const answer = await send(line);
      expect(statusOf(answer), line).toBe(400);
      expect(answer).toMatch(/The request target must be a path on this site/);
    }
  });

  it("ordinary requests still reach their routes", async () => {
    expect(statusOf(await send("GET /dev/mail HTTP/1.1"))).toBe(200);
    expect(statusOf(await send("HEAD /healthz HTTP/1.1"))).toBe(200);
  });
});
