import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { startAppServer, testEnv } from "../../../test/app-server";
import { atFileEnd } from "../../../test/cleanup";
import { testDatabase } from "../../../test/database";
import { rawRequest } from "../../../test/raw-http";
import { startS3Server } from "../../../test/s3-server";
import { createStorage } from "./index";
import { contentAddressedKey } from "./storage";

const database = await testDatabase();
const s3 = await startS3Server();
const env = testEnv(s3.env);
const storage = createStorage(env);
atFileEnd(() => storage.backend === "s3" && storage.close());
const server = await startAppServer(database.db, { env, storage });
const port = Number(new URL(server.url).port);
const jpeg = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#c0503a" } }).jpeg().toBuffer();
const key = contentAddressedKey("photos/served", "320w", jpeg, "jpg");
await storage.put(key, jpeg, "image/jpeg");

/** A request as sent, unnormalised: fetch would resolve `..` and add `Cache-Control: no-cache` to a revalidation. */
const rawGet = (target: string, headers = "", onPort = port) => rawRequest(onPort, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`);

describe("/media/<key> from the bucket, through the real app", () => {
  it("streams the object byte for byte with its stored type, nosniff and immutable caching", async () => {
    const response = await fetch(`${server.url}/media/${key}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-length")).toBe(String(jpeg.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(jpeg)).toBe(true);
  });

  it("answers a revalidation with its ETag by a 304, and HEAD with the headers alone", async () => {
    const etag = (await fetch(`${server.url}/media/${key}`, { method: "HEAD" })).headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect((await rawGet(`/media/${key}`, `If-None-Match: ${etag}\r\n`)).split("\r\n")[0]).toBe("HTTP/1.1 304 Not Modified");
    const head = await fetch(`${server.url}/media/${key}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("image/jpeg");
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers 404 for a key that is not in the bucket", async () => {
    const response = await fetch(`${server.url}/media/photos/served/missing.jpg`);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBeNull();
  });

  it("never asks the bucket for a traversal-looking key, even one that would name a real object", async () => {
    await storage.put("secret.txt", Buffer.from("not for /media/photos/.."), "text/plain");
    expect((await rawGet("/media/secret.txt")).split("\r\n")[0]).toBe("HTTP/1.1 200 OK");
    for (const target of ["/media/photos/../secret.txt", "/media/photos/%2e%2e/secret.txt", "/media/photos/..%2fsecret.txt", "/media/photos%2f..%2f..%2fsecret.txt", "/media/photos\\..\\secret.txt", "/media/SECRET.TXT"]) {
      const answer = await rawGet(target);
      expect(answer.split("\r\n")[0], target).toMatch(/^HTTP\/1\.1 40[04] /);
      expect(answer, target).not.toContain("not for /media");
    }
  });

  it("refuses a write to /media", async () => {
    const response = await fetch(`${server.url}/media/${key}`, { method: "PUT", body: "x" });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await storage.get(key))?.equals(jpeg)).toBe(true);
  });
});

describe("/media/<key> with MEDIA_BASE_URL", () => {
  it("redirects to the CDN, which the page's CSP lets images come from", async () => {
    const cdnEnv = testEnv({ ...s3.env, MEDIA_BASE_URL: "https://cdn.example/media/" });
    const cdn = await startAppServer(database.db, { env: cdnEnv, storage });
    const response = await fetch(`${cdn.url}/media/${key}`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`https://cdn.example/media/${key}`);
    expect(response.headers.get("content-security-policy")).toMatch(/img-src 'self' data: blob: https:\/\/cdn\.example(;|$)/);
    const traversal = await rawGet("/media/photos/../secret.txt", "", Number(new URL(cdn.url).port));
    expect(traversal.split("\r\n")[0]).toMatch(/^HTTP\/1\.1 40[04] /);
    expect(traversal.toLowerCase()).not.toContain("location:");
  });
});

describe("/media/<key> from the uploads folder", () => {
  it("is still served as static files with immutable caching", async () => {
    const folderEnv = testEnv();
    const folder = createStorage(folderEnv);
    const local = await startAppServer(database.db, { env: folderEnv, storage: folder });
    await folder.put(key, jpeg, "image/jpeg");
    const response = await fetch(`${local.url}/media/${key}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await response.arrayBuffer()).equals(jpeg)).toBe(true);
    expect((await fetch(`${local.url}/media/photos/served/missing.jpg`)).status).toBe(404);
  });
});
