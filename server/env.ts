// The one place that reads process.env: parsed once at boot, then passed around as a value.
import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";
import { isAddressList, splitAddressList } from "./http/address-list";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** the address to listen on: 127.0.0.1 outside production, so a development store is not on the network */
  HOST: optionalString,
  /** whose X-Forwarded-* headers are believed: a hop count, or addresses, CIDR ranges and "loopback" (docs/operations.md) */
  TRUST_PROXY: optionalString
    .transform((v) => v ?? "loopback")
    .refine((v) => /^\d{1,2}$/.test(v) || isAddressList(v), "TRUST_PROXY must be a hop count or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal")
    .transform((v) => (/^\d+$/.test(v) ? Number(v) : v)),
  /** /dev/* pages (the outbox, which shows gift-card codes): off, on (to loopback clients), or the addresses they are served to */
  DEV_PAGES: optionalString.refine((v) => v === undefined || v === "on" || v === "off" || isAddressList(v), "DEV_PAGES must be on, off, or a comma-separated list of addresses and CIDR ranges"),
  PUBLIC_URL: optionalString.pipe(z.url().optional()),
  DATABASE_URL: optionalString,
  DATA_DIR: z.string().default(".data"),
  SESSION_SECRET: optionalString.pipe(z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional()),
  /** keys the HMAC of gift card codes and seals codes in delivery jobs; changing it invalidates every card */
  GIFT_CARD_CODE_SECRET: optionalString.pipe(z.string().min(32, "GIFT_CARD_CODE_SECRET must be at least 32 characters").optional()),
  WORKER: z.enum(["on", "off"]).default("on"),
  /** web processes `npm start` runs; by default one per core in production and one otherwise */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Postgres connections each web process may hold */
  POOL_MAX: z.coerce.number().int().min(1).max(200).default(20),
  /** Postgres cancels a statement running longer, so no request waits on a stuck one (docs/operations.md) */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** how long opening a Postgres connection may take before the query waiting for it fails */
  CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  /** serves /bench/minimal, the baseline page of `npm run bench`; off (a 404) unless asked for */
  BENCH_ROUTES: z.enum(["on", "off"]).default("off"),
  /** keeps anonymous catalogue pages for their s-maxage (server/http/page-cache.ts); on by default in production */
  PAGE_CACHE: z.enum(["on", "off"]).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_API_BASE: optionalString.pipe(z.url().optional()),
  /** ISO country codes Stripe Checkout collects shipping addresses for, comma-separated */
  STRIPE_SHIPPING_COUNTRIES: z
    .string()
    .default("US,CA,GB,IE,AU,NZ,DE,FR,NL,BE,LU,AT,CH,IT,ES,PT,DK,SE,NO,FI,JP")
    .transform((v) => v.split(",").map((c) => c.trim().toUpperCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, "STRIPE_SHIPPING_COUNTRIES must be two-letter country codes")).min(1)),
  /** on: Stripe Tax adds tax on the payment page (`automatic_tax`; Stripe mode only, the account must have Stripe Tax set up); off: prices include any taxes */
  STRIPE_TAX: z.enum(["on", "off"]).default("off"),
  /** the destination the cart's shipping estimate is for until the shopper chooses one; must be in STRIPE_SHIPPING_COUNTRIES */
  SHIPPING_DEFAULT_COUNTRY: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "SHIPPING_DEFAULT_COUNTRY must be a two-letter country code").default("US"),
  STRIPE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(80_000).default(10_000),
  STRIPE_MAX_NETWORK_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** the assistant uses Claude when set, the offline assistant (server/chat/offline) when not */
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_MODEL: optionalString.transform((v) => v ?? "claude-haiku-5-5"),
  /** another host for the Messages API (a proxy, or a test's local server), in every process that calls the model */
  ANTHROPIC_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: "ANTHROPIC_BASE_URL must be an http(s) URL" }).optional()),
  /** how long a model call may wait for the response headers, each attempt */
  ANTHROPIC_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(30_000),
  /** a stream that sends nothing for this long after its headers is cut off (the SDK's timeout stops at the headers) */
  ANTHROPIC_STALL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  ANTHROPIC_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** model tokens (input and output) the whole shop may spend a UTC day; the assistant answers "busy" past it */
  CHAT_DAILY_TOKEN_CAP: z.coerce.number().int().min(0).default(2_000_000),
  SMTP_URL: optionalString,
  SHOP_EMAIL: z.email().default("studio@printroom.local"),
  /** files go to this S3-compatible bucket instead of <DATA_DIR>/uploads when set */
  S3_BUCKET: optionalString,
  S3_REGION: optionalString.transform((v) => v ?? "us-east-1"),
  /** an S3-compatible service's address (MinIO, R2, s3rver…); AWS itself when unset */
  S3_ENDPOINT: optionalString.pipe(z.url().optional()),
  /** both or neither: without them the AWS SDK's default chain (environment, profile, instance role) */
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  /** bucket in the path rather than the host name, which most S3-compatible services need */
  S3_FORCE_PATH_STYLE: z.enum(["on", "off"]).default("off"),
  /** where the bucket's objects are public (a CDN): /media/<key> redirects there; unset, the app serves them */
  MEDIA_BASE_URL: optionalString.pipe(z.url().optional()).transform((v) => v?.replace(/\/+$/, "")),
});

export type Env = Omit<z.infer<typeof envSchema>, "SESSION_SECRET" | "GIFT_CARD_CODE_SECRET" | "PUBLIC_URL" | "PAGE_CACHE" | "WEB_CONCURRENCY" | "HOST" | "DEV_PAGES"> & {
  HOST: string;
  /** the client addresses /dev/* pages are served to; empty: they do not exist */
  DEV_PAGES: readonly string[];
  PAGE_CACHE: "on" | "off";
  WEB_CONCURRENCY: number;
  SESSION_SECRET: string;
  GIFT_CARD_CODE_SECRET: string;
  PUBLIC_URL: string;
  isProduction: boolean;
};

export class EnvError extends Error {
  override name = "EnvError";
}

/** Secrets that must come from the environment in production; development generates them. */
const productionSecrets = {
  SESSION_SECRET: "no default secret is ever used in production",
  STRIPE_SECRET_KEY: "without it payments would run in local test mode, which takes no money",
  STRIPE_WEBHOOK_SECRET: "Stripe's events cannot be verified without it",
  GIFT_CARD_CODE_SECRET: "gift card codes are looked up by a keyed hash that must survive restarts",
} as const;

/** Takes any string map: Remix's globals make NODE_ENV required on ProcessEnv, which tests do not set. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const raw = parsed.data;
  const isProduction = raw.NODE_ENV === "production";
  if (isProduction) {
    const missing = Object.entries(productionSecrets).filter(([name]) => !raw[name as keyof typeof productionSecrets]);
    if (missing.length > 0) {
      throw new EnvError(missing.map(([name, why]) => `${name} must be set when NODE_ENV=production (${why}).`).join("\n"));
    }
  }
  if (isProduction && raw.DEV_PAGES !== undefined && raw.DEV_PAGES !== "off") {
    throw new EnvError("DEV_PAGES cannot be enabled when NODE_ENV=production (/dev/mail shows every gift-card code).");
  }
  if (!raw.STRIPE_SHIPPING_COUNTRIES.includes(raw.SHIPPING_DEFAULT_COUNTRY)) {
    throw new EnvError(`SHIPPING_DEFAULT_COUNTRY ${raw.SHIPPING_DEFAULT_COUNTRY} is not one of STRIPE_SHIPPING_COUNTRIES.`);
  }
  if (!raw.S3_ACCESS_KEY_ID !== !raw.S3_SECRET_ACCESS_KEY) {
    throw new EnvError("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all.");
  }
  if (raw.MEDIA_BASE_URL && !raw.S3_BUCKET) {
    throw new EnvError("MEDIA_BASE_URL needs S3_BUCKET: /media redirects there, and a CDN in front of the app's own /media would redirect to itself.");
  }
  const dataDir = path.resolve(raw.DATA_DIR);
  return {
    ...raw,
    DATA_DIR: dataDir,
    isProduction,
    PAGE_CACHE: raw.PAGE_CACHE ?? (isProduction ? "on" : "off"),
    HOST: raw.HOST ?? (isProduction ? "0.0.0.0" : "127.0.0.1"),
    DEV_PAGES: isProduction || raw.DEV_PAGES === "off" ? [] : raw.DEV_PAGES === undefined || raw.DEV_PAGES === "on" ? ["loopback"] : splitAddressList(raw.DEV_PAGES),
    WEB_CONCURRENCY: raw.WEB_CONCURRENCY ?? (isProduction ? availableParallelism() : 1),
    SESSION_SECRET: raw.SESSION_SECRET ?? developmentSecret(dataDir, "session-secret"),
    GIFT_CARD_CODE_SECRET: raw.GIFT_CARD_CODE_SECRET ?? developmentSecret(dataDir, "gift-card-secret"),
    // Local test mode signs and verifies its own events: every process must hold the same secret.
    STRIPE_WEBHOOK_SECRET: raw.STRIPE_WEBHOOK_SECRET ?? (raw.STRIPE_SECRET_KEY ? undefined : `whsec_${developmentSecret(dataDir, "stripe-webhook-secret")}`),
    PUBLIC_URL: (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ""),
  };
}

/**
 * A random secret made once per checkout and kept in the data folder, so restarts keep sessions.
 * Written whole under a temporary name and linked into place, which fails if the name exists: of
 * processes starting together, one secret wins and every one of them reads it.
 */
export function developmentSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(draft, randomBytes(32).toString("hex"), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  return readFileSync(file, "utf8").trim();
}
