import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "../env";
import { addressMatcher } from "./address-list";

const dataDir = mkdtempSync(path.join(tmpdir(), "printroom-edge-settings-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const production = {
  NODE_ENV: "production",
  DATA_DIR: dataDir,
  SESSION_SECRET: "s".repeat(32),
  GIFT_CARD_CODE_SECRET: "g".repeat(32),
  STRIPE_SECRET_KEY: "sk_test_printroom",
  STRIPE_WEBHOOK_SECRET: "whsec_printroom",
};
const development = { DATA_DIR: dataDir };

describe("HOST", () => {
  it("is 127.0.0.1 in development and tests, 0.0.0.0 in production, and whatever it is set to", () => {
    expect(loadEnv(development).HOST).toBe("127.0.0.1");
    expect(loadEnv({ ...development, NODE_ENV: "test" }).HOST).toBe("127.0.0.1");
    expect(loadEnv(production).HOST).toBe("0.0.0.0");
    expect(loadEnv({ ...development, HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(loadEnv({ ...production, HOST: "10.0.0.5" }).HOST).toBe("10.0.0.5");
  });
});

describe("TRUST_PROXY", () => {
  it("is loopback by default, a number of hops, or a list of addresses and ranges", () => {
    expect(loadEnv(development).TRUST_PROXY).toBe("loopback");
    expect(loadEnv({ ...development, TRUST_PROXY: " " }).TRUST_PROXY).toBe("loopback");
    expect(loadEnv({ ...development, TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(loadEnv({ ...development, TRUST_PROXY: "0" }).TRUST_PROXY).toBe(0);
    expect(loadEnv({ ...production, TRUST_PROXY: " loopback, 10.0.0.0/8, 2001:db8::1 " }).TRUST_PROXY).toBe("loopback, 10.0.0.0/8, 2001:db8::1");
  });

  it.each(["true", "*", "10.0.0.0/33", "proxy.internal", "10.0.0.1/8/2", ","])("refuses %j, naming the variable", (value) => {
    expect(() => loadEnv({ ...development, TRUST_PROXY: value })).toThrow(EnvError);
    expect(() => loadEnv({ ...development, TRUST_PROXY: value })).toThrow(/TRUST_PROXY must be a hop count or a comma-separated list/);
  });
});

describe("DEV_PAGES", () => {
  it("serves /dev pages to loopback clients by default outside production, and never in production", () => {
    expect(loadEnv(development).DEV_PAGES).toEqual(["loopback"]);
    expect(loadEnv({ ...development, DEV_PAGES: "on" }).DEV_PAGES).toEqual(["loopback"]);
    expect(loadEnv({ ...development, DEV_PAGES: "off" }).DEV_PAGES).toEqual([]);
    expect(loadEnv({ ...development, DEV_PAGES: "127.0.0.1, 192.168.1.0/24" }).DEV_PAGES).toEqual(["127.0.0.1", "192.168.1.0/24"]);
    expect(loadEnv(production).DEV_PAGES).toEqual([]);
    expect(loadEnv({ ...production, DEV_PAGES: "off" }).DEV_PAGES).toEqual([]);
  });

  it("cannot be turned on in production, and refuses what is not an address", () => {
    expect(() => loadEnv({ ...production, DEV_PAGES: "on" })).toThrow(/DEV_PAGES cannot be enabled when NODE_ENV=production/);
    expect(() => loadEnv({ ...production, DEV_PAGES: "127.0.0.1" })).toThrow(EnvError);
    expect(() => loadEnv({ ...development, DEV_PAGES: "everyone" })).toThrow(/DEV_PAGES must be on, off, or a comma-separated list/);
  });
});

describe("address lists", () => {
  it("match addresses, ranges and names, with IPv4 mapped into IPv6 as Node reports it", () => {
    const matches = addressMatcher(["loopback", "192.168.1.0/24", "2001:db8::7"]);
    expect(["127.0.0.1", "::ffff:127.0.0.1", "127.8.9.10", "::1", "192.168.1.200", "2001:db8::7"].map(matches)).toEqual(Array(6).fill(true));
    expect(["10.0.0.1", "::ffff:10.0.0.1", "192.168.2.1", "2001:db8::8", "", undefined, "not an address"].map(matches)).toEqual(Array(7).fill(false));
    expect(addressMatcher([])("127.0.0.1")).toBe(false);
  });
});
