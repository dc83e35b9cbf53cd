import { createTRPCClient, httpBatchStreamLink, httpLink } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { getCart } from "../cart/cart";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import type { AppRouter } from "../trpc/root";

const database = await testDatabase();
const server = await startAppServer(database.db);
const host = new URL(server.url).host;

/** A browser's cookie jar over fetch: sends back what the server set, and keeps every Set-Cookie. */
function cookieJar() {
  const jar = new Map<string, string>();
  const setCookies: string[] = [];
  const cookieFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(input, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      setCookies.push(cookie);
      const [name, ...value] = cookie.split(";")[0]!.split("=");
      jar.set(name!, value.join("="));
    }
    return response;
  };
  const sessionId = () => decodeURIComponent(jar.get("pr_session") ?? "").slice(2, 38) || undefined;
  return { cookieFetch, setCookies, sessionId, cookie: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ") };
}

/** A shopper with one print in the cart, and a way to post anything to a procedure as them. */
async function shopperWithACart() {
  const browser = cookieJar();
  const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/api/trpc`, fetch: browser.cookieFetch })] });
  const photo = await createPhoto(database.db);
  await client.cart.add.mutate({ variantId: photo.variants[0]!.id, quantity: 2 });
  const post = async (procedure: string, init: { headers?: Record<string, string>; body?: BodyInit }) => {
    const response = await fetch(`${server.url}/api/trpc/${procedure}`, { method: "POST", ...init, headers: { cookie: browser.cookie(), ...init.headers } });
    return { status: response.status, body: (await response.json()) as { error?: { message: string; data: { code: string } } } };
  };
  return { client, post, cart: () => getCart(database.db, browser.sessionId()) };
}

function multipartClear() {
  const form = new FormData();
  form.set("anything", "1");
  return form;
}

describe("tRPC mutations from another site", () => {
  it("a cross-site multipart cart.clear is a 403 and the cart is intact", async () => {
    const shopper = await shopperWithACart();
    const answer = await shopper.post("cart.clear", { headers: { origin: "https://evil.example" }, body: multipartClear() });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ message: "This call was sent from another site, so nothing was changed.", data: { code: "FORBIDDEN" } });
    expect((await shopper.cart()).itemCount).toBe(2);
  });

  it("Sec-Fetch-Site: cross-site, a foreign Origin or Origin null is refused even as JSON", async () => {
    const shopper = await shopperWithACart();
    for (const headers of <Record<string, string>[]>[{ "sec-fetch-site": "cross-site" }, { origin: "https://evil.example" }, { origin: "null" }, { origin: `http://${host}`, "sec-fetch-site": "cross-site" }]) {
      const answer = await shopper.post("cart.clear", { headers: { "content-type": "application/json", ...headers }, body: "{}" });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await shopper.cart()).itemCount).toBe(2);
  });

  it("a same-site JSON cart.clear still works, from the typed client or with the site's own Origin", async () => {
    const shopper = await shopperWithACart();
    const answer = await shopper.post("cart.clear", { headers: { "content-type": "application/json", origin: `http://${host}`, "sec-fetch-site": "same-origin" }, body: "{}" });
    expect(answer.status).toBe(200);
    expect((await shopper.cart()).itemCount).toBe(0);
    const again = await shopperWithACart();
    expect((await again.client.cart.clear.mutate()).itemCount).toBe(0);
  });
});

describe("tRPC mutations take JSON", () => {
  it.each([
    ["multipart/form-data", () => multipartClear()],
    ["text/plain", () => new Blob(["{}"], { type: "text/plain" })],
    ["application/x-www-form-urlencoded", () => new URLSearchParams({ a: "1" })],
    ["application/octet-stream", () => new Blob(["{}"], { type: "application/octet-stream" })],
    ["no content type", () => new Blob(["{}"])],
  ])("%s is a 415 even from the site itself, and changes nothing", async (_type, body) => {
    const shopper = await shopperWithACart();
    const answer = await shopper.post("cart.clear", { body: body() });
    expect(answer.status).toBe(415);
    expect(answer.body.error?.data.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect((await shopper.cart()).itemCount).toBe(2);
  });
});

describe("the streaming link (httpBatchStreamLink)", () => {
  it("a new shopper's first cart.add works, the session cookie arrives, and the next call sees the same cart", async () => {
    const browser = cookieJar();
    const client = createTRPCClient<AppRouter>({ links: [httpBatchStreamLink({ url: `${server.url}/api/trpc`, fetch: browser.cookieFetch })] });
    const photo = await createPhoto(database.db);
    // Two calls in one streamed batch, before the shopper has any cookie.
    const [first, second] = await Promise.all([
      client.cart.add.mutate({ variantId: photo.variants[0]!.id, quantity: 1 }),
      client.cart.add.mutate({ variantId: photo.variants[1]!.id, quantity: 2 }),
    ]);
    expect(first.itemCount + second.itemCount).toBeGreaterThanOrEqual(3);
    expect(browser.setCookies).toHaveLength(1);
    expect(browser.setCookies[0]).toMatch(/^pr_session=s%3A[0-9a-f-]{36}\.[\w%+/-]+;.*HttpOnly/);
    const cart = await client.cart.get.query();
    expect(cart.itemCount).toBe(3);
    expect(await getCart(database.db, browser.sessionId())).toEqual(cart);
    expect((await client.cart.add.mutate({ variantId: photo.variants[0]!.id, quantity: 1 })).itemCount).toBe(4);
    expect(browser.setCookies).toHaveLength(1);
  });

  it("a streamed query by a shopper without a session starts none", async () => {
    const browser = cookieJar();
    const client = createTRPCClient<AppRouter>({ links: [httpBatchStreamLink({ url: `${server.url}/api/trpc`, fetch: browser.cookieFetch })] });
    expect((await client.cart.get.query()).itemCount).toBe(0);
    expect(browser.setCookies).toEqual([]);
  });
});

describe("batch size", () => {
  const clearAll = (calls: number) => Array(calls).fill("cart.clear").join(",") + "?batch=1";

  it("20 calls in one request are answered", async () => {
    const answer = await fetch(`${server.url}/api/trpc/${Array(20).fill("cart.get").join(",")}?batch=1&input={}`);
    expect(answer.status).toBe(200);
    expect((await answer.json()) as unknown[]).toHaveLength(20);
  });

  it.each([21, 1000])("%i calls are a 400 that says the batch is too large, and none of them runs", async (calls) => {
    const shopper = await shopperWithACart();
    const answer = await shopper.post(clearAll(calls), { headers: { "content-type": "application/json" }, body: "{}" });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toMatch(/Batch call exceeds maximum size/);
    expect((await shopper.cart()).itemCount).toBe(2);
  });
});
