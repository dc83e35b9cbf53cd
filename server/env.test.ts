import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "./env";

const dataDir = mkdtempSync(path.join(tmpdir(), "printroom-env-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const secret = "s".repeat(32);
/** Every other secret production insists on, so each case isolates the one it is about. */
const otherProductionSecrets = {
  STRIPE_SECRET_KEY: "sk_test_printroom",
  STRIPE_WEBHOOK_SECRET: "whsec_printroom",
  GIFT_CARD_CODE_SECRET: "g".repeat(32),
};
const production = { NODE_ENV: "production", ...otherProductionSecrets };

describe("loadEnv", () => {
  it("refuses production without SESSION_SECRET and names it", () => {
    expect(() => loadEnv({ ...production, DATA_DIR: dataDir })).toThrow(EnvError);
    expect(() => loadEnv({ ...production, DATA_DIR: dataDir })).toThrow(/^SESSION_SECRET must be set when NODE_ENV=production/);
    expect(() => loadEnv({ NODE_ENV: "production", DATA_DIR: dataDir })).toThrow(/SESSION_SECRET/);
  });

  it("treats a blank SESSION_SECRET in production as missing", () => {
    expect(() => loadEnv({ ...production, SESSION_SECRET: "   ", DATA_DIR: dataDir })).toThrow(/SESSION_SECRET must be set/);
  });

  it("refuses production without the Stripe keys, naming each", () => {
    const attempt = () => loadEnv({ NODE_ENV: "production", SESSION_SECRET: secret, DATA_DIR: dataDir });
    expect(attempt).toThrow(/STRIPE_SECRET_KEY must be set when NODE_ENV=production/);
    expect(attempt).toThrow(/STRIPE_WEBHOOK_SECRET must be set when NODE_ENV=production/);
    expect(() => loadEnv({ NODE_ENV: "production", SESSION_SECRET: secret, STRIPE_SECRET_KEY: "sk_live_x", DATA_DIR: dataDir })).toThrow(/^STRIPE_WEBHOOK_SECRET must be set/);
  });

  it("parses the shipping countries and rejects a malformed one", () => {
    expect(loadEnv({ DATA_DIR: dataDir, STRIPE_SHIPPING_COUNTRIES: "us, gb ,DE" }).STRIPE_SHIPPING_COUNTRIES).toEqual(["US", "GB", "DE"]);
    expect(loadEnv({ DATA_DIR: dataDir }).STRIPE_SHIPPING_COUNTRIES).toContain("US");
    expect(() => loadEnv({ DATA_DIR: dataDir, STRIPE_SHIPPING_COUNTRIES: "US,United Kingdom" })).toThrow(/two-letter country codes/);
  });

  it("defaults the assistant's model settings and rejects a malformed ANTHROPIC_BASE_URL", () => {
    const env = loadEnv({ DATA_DIR: dataDir });
    expect(env.ANTHROPIC_API_KEY).toBeUndefined();
    expect(env.ANTHROPIC_MODEL).toBe("claude-haiku-5-5");
    expect(env.ANTHROPIC_BASE_URL).toBeUndefined();
    expect([env.ANTHROPIC_TIMEOUT_MS, env.ANTHROPIC_STALL_TIMEOUT_MS, env.ANTHROPIC_MAX_RETRIES]).toEqual([30_000, 20_000, 2]);
    expect(env.CHAT_DAILY_TOKEN_CAP).toBe(2_000_000);
    expect(loadEnv({ DATA_DIR: dataDir, ANTHROPIC_MODEL: " claude-sonnet-5-5 ", CHAT_DAILY_TOKEN_CAP: "500" })).toMatchObject({ ANTHROPIC_MODEL: "claude-sonnet-5-5", CHAT_DAILY_TOKEN_CAP: 500 });
    expect(() => loadEnv({ DATA_DIR: dataDir, ANTHROPIC_BASE_URL: "localhost:4010" })).toThrow(/ANTHROPIC_BASE_URL/);
    expect(() => loadEnv({ DATA_DIR: dataDir, ANTHROPIC_MAX_RETRIES: "50" })).toThrow(/ANTHROPIC_MAX_RETRIES/);
  });

  it("rejects a SESSION_SECRET shorter than 32 characters", () => {
    expect(() => loadEnv({ ...production, SESSION_SECRET: "short", DATA_DIR: dataDir })).toThrow(/SESSION_SECRET must be at least 32 characters/);
  });

  it("uses the given secret in production and never writes one to disk", () => {
    const productionDir = path.join(dataDir, "production");
    const env = loadEnv({ NODE_ENV: "production", SESSION_SECRET: secret, STRIPE_SECRET_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x", GIFT_CARD_CODE_SECRET: secret, DATA_DIR: productionDir });
    expect(env.isProduction).toBe(true);
    expect(env.SESSION_SECRET).toBe(secret);
    expect(existsSync(path.join(productionDir, "session-secret"))).toBe(false);
  });

  it("generates a development secret once and keeps it in the data folder across restarts", () => {
    const devDir = path.join(dataDir, "development");
    const first = loadEnv({ DATA_DIR: devDir });
    const second = loadEnv({ DATA_DIR: devDir });
    expect(first.isProduction).toBe(false);
    expect(first.SESSION_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(second.SESSION_SECRET).toBe(first.SESSION_SECRET);
    expect(readFileSync(path.join(devDir, "session-secret"), "utf8")).toBe(first.SESSION_SECRET);
  });

  it("gives processes starting together one development secret", async () => {
    const raceDir = path.join(dataDir, "race");
    const at = Date.now() + 3000;
    const secrets = await Promise.all(
      Array.from({ length: 6 }, () => {
        const child = spawn(path.resolve("node_modules/.bin/tsx"), ["test/fixtures/development-secret.ts", raceDir, String(at)], { stdio: ["ignore", "pipe", "inherit"] });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        return new Promise<string>((resolve) => child.on("exit", () => resolve(output)));
      }),
    );
    expect(secrets[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(secrets).size).toBe(1);
    expect(readFileSync(path.join(raceDir, "shared-secret"), "utf8")).toBe(secrets[0]);
    expect(readdirSync(raceDir)).toEqual(["shared-secret"]);
  });

  it("runs one web process outside production, one per core in production, or as many as asked", () => {
    expect(loadEnv({ DATA_DIR: dataDir }).WEB_CONCURRENCY).toBe(1);
    expect(loadEnv({ ...production, SESSION_SECRET: secret, DATA_DIR: dataDir }).WEB_CONCURRENCY).toBe(availableParallelism());
    expect(loadEnv({ DATA_DIR: dataDir, WEB_CONCURRENCY: "3" }).WEB_CONCURRENCY).toBe(3);
    expect(() => loadEnv({ DATA_DIR: dataDir, WEB_CONCURRENCY: "0" })).toThrow(/WEB_CONCURRENCY/);
  });

  it("defaults PORT, NODE_ENV and PUBLIC_URL, and resolves DATA_DIR to an absolute path", () => {
    const env = loadEnv({ DATA_DIR: dataDir });
    expect(env.NODE_ENV).toBe("development");
    expect(env.PORT).toBe(3000);
    expect(env.PUBLIC_URL).toBe("http://localhost:3000");
    expect(path.isAbsolute(env.DATA_DIR)).toBe(true);
    expect(env.WORKER).toBe("on");
  });

  it("derives PUBLIC_URL from PORT and strips a trailing slash from a given one", () => {
    expect(loadEnv({ DATA_DIR: dataDir, PORT: "4100" }).PUBLIC_URL).toBe("http://localhost:4100");
    expect(loadEnv({ DATA_DIR: dataDir, PUBLIC_URL: "https://prints.example.com/" }).PUBLIC_URL).toBe("https://prints.example.com");
  });

  it("treats blank optional values as unset", () => {
    const env = loadEnv({ DATA_DIR: dataDir, DATABASE_URL: " ", SMTP_URL: "", STRIPE_SECRET_KEY: "  " });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.STRIPE_SECRET_KEY).toBeUndefined();
  });

  it("lists every invalid setting in one message", () => {
    let caught: unknown;
    try {
      loadEnv({ DATA_DIR: dataDir, PORT: "eighty", NODE_ENV: "staging", PUBLIC_URL: "not a url" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    const message = (caught as Error).message;
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toContain("PORT:");
    expect(message).toContain("NODE_ENV:");
    expect(message).toContain("PUBLIC_URL:");
  });

  it("rejects a port out of range", () => {
    expect(() => loadEnv({ DATA_DIR: dataDir, PORT: "70000" })).toThrow(/PORT/);
  });
});

describe("npm start in production", () => {
  it("exits non-zero at once, naming SESSION_SECRET, without starting Postgres", async () => {
    const processDir = path.join(dataDir, "process");
    const { SESSION_SECRET: _secret, DATABASE_URL: _url, ...inherited } = process.env;
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["server/start.ts"], {
      env: { ...inherited, NODE_ENV: "production", DATA_DIR: processDir, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(output).toContain("SESSION_SECRET");
    expect(existsSync(path.join(processDir, "pg"))).toBe(false);
  });
});
