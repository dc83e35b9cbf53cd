import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/database";
import { startAppServer } from "../../test/app-server";
import { createPhoto } from "../../test/factories";
import type { AppRouter } from "../trpc/root";

const database = await testDatabase();
const server = await startAppServer(database.db);

/** A shopper's browser: keeps the cookies the server sets and sends them back. */
function shopper() {
  const jar = new Map<string, string>();
  const setCookies: string[] = [];
  const cookieFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(input, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      setCookies.push(cookie);
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
    return response;
  };
  // httpLink, not the batch link, so every call gets its own HTTP status to check.
  const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/api/trpc`, fetch: cookieFetch })] });
  return { client, jar, setCookies };
}

async function failure(call: Promise<unknown>): Promise<{ code: string; httpStatus: number; message: string }> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const { data, message } = error as TRPCClientError<AppRouter>;
  return { code: data!.code, httpStatus: data!.httpStatus, message };
}

describe("the cart over HTTP", () => {
  it("reading an empty cart sets no cookie; the first add sets a signed, httpOnly, SameSite=Lax one", async () => {
    const { client, setCookies } = shopper();
    expect(await client.cart.get.query()).toEqual({ lines: [], itemCount: 0, subtotalCents: 0 });
    expect(setCookies).toEqual([]);
    const photo = await createPhoto(database.db);
    const cart = await client.cart.add.mutate({ variantId: photo.variants[0]!.id, quantity: 2 });
    expect(cart.itemCount).toBe(2);
    expect(setCookies).toHaveLength(1);
    const cookie = setCookies[0]!;
    expect(cookie).toMatch(/^pr_session=s%3A[0-9a-f-]{36}\.[\w%+/-]+;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
  });

  it("the cart follows the cookie: the same shopper sees it, another does not, a forged cookie gets nothing", async () => {
    const owner = shopper();
    const photo = await createPhoto(database.db);
    const added = await owner.client.cart.add.mutate({ variantId: photo.variants[0]!.id });
    expect(await owner.client.cart.get.query()).toEqual(added);
    expect((await shopper().client.cart.get.query()).lines).toEqual([]);

    const forger = shopper();
    const id = decodeURIComponent(owner.jar.get("pr_session")!).slice(2, 38);
    forger.jar.set("pr_session", encodeURIComponent(`s:${id}.forgedsignature`));
    expect((await forger.client.cart.get.query()).lines).toEqual([]);
    const failed = await failure(forger.client.cart.remove.mutate({ itemId: added.lines[0]!.id }));
    expect(failed).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
    expect(await owner.client.cart.get.query()).toEqual(added);
  });

  it("every mutation answers with the new cart", async () => {
    const { client } = shopper();
    const photo = await createPhoto(database.db);
    const one = await client.cart.add.mutate({ variantId: photo.variants[0]!.id });
    const two = await client.cart.add.mutate({ variantId: photo.variants[1]!.id, quantity: 2 });
    expect(two.itemCount).toBe(3);
    const set = await client.cart.setQuantity.mutate({ itemId: one.lines[0]!.id, quantity: 4 });
    expect(set.itemCount).toBe(6);
    expect(set.subtotalCents).toBe(4 * photo.variants[0]!.priceCents + 2 * photo.variants[1]!.priceCents);
    const removed = await client.cart.remove.mutate({ itemId: one.lines[0]!.id });
    expect(removed.lines.map((l) => l.variantId)).toEqual([photo.variants[1]!.id]);
    expect(await client.cart.clear.mutate()).toEqual({ lines: [], itemCount: 0, subtotalCents: 0 });
  });

  it.each([0, -1, 1.5, 10_000, "abc"])("quantity %s is a 400 with a clear message and changes nothing", async (quantity) => {
    const { client } = shopper();
    const photo = await createPhoto(database.db);
    const before = await client.cart.add.mutate({ variantId: photo.variants[0]!.id, quantity: 3 });
    const itemId = before.lines[0]!.id;
    // Calls made one at a time: a rejection left waiting in an array is an unhandled rejection.
    for (const call of [
      () => client.cart.add.mutate({ variantId: photo.variants[0]!.id, quantity: quantity as number }),
      () => client.cart.add.mutate({ variantId: photo.variants[1]!.id, quantity: quantity as number }),
      () => client.cart.setQuantity.mutate({ itemId, quantity: quantity as number }),
    ]) {
      const failed = await failure(call());
      expect(failed).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
      expect(failed.message).toContain("Quantity must be a whole number from 1 to 99");
    }
    expect(await client.cart.get.query()).toEqual(before);
  });

  it("an unknown print is a 404 that says so, and an item of another cart is a 404 too", async () => {
    const { client } = shopper();
    const photo = await createPhoto(database.db);
    const before = await client.cart.add.mutate({ variantId: photo.variants[0]!.id });
    expect(await failure(client.cart.add.mutate({ variantId: 987_654_321 }))).toEqual({
      code: "NOT_FOUND",
      httpStatus: 404,
      message: "That print size is not available. Please pick another size.",
    });
    const other = shopper();
    await other.client.cart.add.mutate({ variantId: photo.variants[1]!.id });
    expect(await failure(other.client.cart.setQuantity.mutate({ itemId: before.lines[0]!.id, quantity: 5 }))).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
    expect(await client.cart.get.query()).toEqual(before);
  });

  it("malformed requests are 4xx, never 500", async () => {
    const post = (path: string, body: string) => fetch(`${server.url}/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
    for (const [path, body] of [
      ["cart.add", "{not json"],
      ["cart.add", JSON.stringify({ variantId: "1; drop table carts" })],
      ["cart.add", JSON.stringify(["an", "array"])],
      ["cart.setQuantity", JSON.stringify({ itemId: 1e300, quantity: 1 })],
      ["cart.remove", JSON.stringify(null)],
      ["cart.nothing", "{}"],
    ] as const) {
      const response = await post(path, body);
      expect(response.status, `${path} ${body}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${path} ${body}`).toBeLessThan(500);
    }
  });
});
