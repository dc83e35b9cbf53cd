import { describe, expect, it } from "vitest";
import { startAppServer, testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { rawRequest } from "../../test/raw-http";
import { remixTestBuild } from "../../test/remix-test-build";

const database = await testDatabase();

/** The real app with these settings; answers GET /dev/mail as sent from 127.0.0.1 with these headers. */
async function devMailFrom(settings: Record<string, string>, headers = "") {
  const server = await startAppServer(database.db, { env: testEnv(settings), remixBuild: remixTestBuild(database.db) });
  const answer = await rawRequest(Number(new URL(server.url).port), `GET /dev/mail HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`);
  await server.close();
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
}

describe("/dev pages (the outbox shows every gift-card code)", () => {
  it("are served outside production to a loopback client by default", async () => {
    expect(await devMailFrom({})).toBe(200);
    expect(await devMailFrom({ DEV_PAGES: "on" })).toBe(200);
  });

  it("are a 404 with DEV_PAGES=off, and to an address the list does not name", async () => {
    expect(await devMailFrom({ DEV_PAGES: "off" })).toBe(404);
    expect(await devMailFrom({ DEV_PAGES: "192.0.2.0/24" })).toBe(404);
  });

  it("are a 404 to a network client behind a trusted local proxy, unless DEV_PAGES names it", async () => {
    // The loopback proxy is trusted by default, so the client is the address it forwarded.
    expect(await devMailFrom({}, "X-Forwarded-For: 203.0.113.9\r\n")).toBe(404);
    expect(await devMailFrom({ DEV_PAGES: "203.0.113.0/24" }, "X-Forwarded-For: 203.0.113.9\r\n")).toBe(200);
  });

  it("are a 404 in production whatever the address", async () => {
    // Payments in local test mode refuse production; a Stripe key (never used here) satisfies them.
    const env = { ...testEnv(), isProduction: true, STRIPE_SECRET_KEY: "sk_test_unused" };
    const server = await startAppServer(database.db, { env, remixBuild: remixTestBuild(database.db) });
    expect((await fetch(`${server.url}/dev/mail`)).status).toBe(404);
  });
});

describe("TRUST_PROXY", () => {
  it("decides whose forwarded address is the client's: none, loopback, a hop count or a list", async () => {
    const forwarded = "X-Forwarded-For: 198.51.100.1, 203.0.113.9\r\n";
    // Not trusted: the client is the loopback socket itself, which DEV_PAGES=203.0.113.9 does not name.
    expect(await devMailFrom({ TRUST_PROXY: "0", DEV_PAGES: "203.0.113.9" }, forwarded)).toBe(404);
    expect(await devMailFrom({ DEV_PAGES: "203.0.113.9" }, forwarded)).toBe(200);
    expect(await devMailFrom({ TRUST_PROXY: "1", DEV_PAGES: "203.0.113.9" }, forwarded)).toBe(200);
    // Two hops trusted: 203.0.113.9 is the outer proxy, and the client is the one before it.
    expect(await devMailFrom({ TRUST_PROXY: "2", DEV_PAGES: "198.51.100.1" }, forwarded)).toBe(200);
    expect(await devMailFrom({ TRUST_PROXY: "127.0.0.1, 203.0.113.0/24", DEV_PAGES: "198.51.100.1" }, forwarded)).toBe(200);
    expect(await devMailFrom({ TRUST_PROXY: "10.0.0.0/8", DEV_PAGES: "203.0.113.9" }, forwarded)).toBe(404);
  });
});
