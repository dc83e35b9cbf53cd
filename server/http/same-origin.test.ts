import express from "express";
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseCrossSitePosts } from "./same-origin";

let port = 0;
let actions = 0;
const app = express();
app.use(refuseCrossSitePosts);
app.all("*", (_req, res) => {
  actions++;
  res.send("done");
});
const server = app.listen(0, "127.0.0.1");
const listening = new Promise<void>((resolve) => server.once("listening", resolve));

beforeAll(async () => {
  await listening;
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request, so Origin and Host are sent exactly as given (fetch would not send Host as told). */
function send(method: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path: "/cart", headers: { "content-type": "application/x-www-form-urlencoded", ...headers } }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end(method === "GET" ? undefined : "intent=clear");
  });
}

describe("form posts from another site", () => {
  it("are refused with a 403 that says why, and the action never runs", async () => {
    const before = actions;
    for (const origin of ["https://evil.example", "null", "not a url", "http://shop.example:8080"]) {
      const answer = await send("POST", { host: "shop.example", origin });
      expect(answer.status).toBe(403);
      expect(answer.body).toMatch(/another site.*nothing was changed/);
    }
    // A proxy's X-Forwarded-Host is what the browser addressed, as Remix reads it.
    expect((await send("POST", { host: "127.0.0.1", "x-forwarded-host": "shop.example", origin: "https://evil.example" })).status).toBe(403);
    // A browser that says the post is cross-site is believed, with or without an Origin.
    expect((await send("POST", { host: "shop.example", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await send("POST", { host: "shop.example", origin: "http://shop.example", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(actions).toBe(before);
  });

  it("let posts from the store itself, posts without an Origin (Stripe's webhooks) and reads through", async () => {
    const before = actions;
    expect((await send("POST", { host: "shop.example", origin: "https://shop.example" })).status).toBe(200);
    expect((await send("POST", { host: "127.0.0.1", "x-forwarded-host": "shop.example, proxy.internal", origin: "https://shop.example" })).status).toBe(200);
    expect((await send("POST", { host: "shop.example" })).status).toBe(200);
    expect((await send("POST", { host: "shop.example", origin: "http://shop.example", "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await send("GET", { host: "shop.example", origin: "https://evil.example" })).status).toBe(200);
    expect(actions).toBe(before + 5);
  });
});
