// The one place that reads process.env: parsed once at boot, then passed around as a value.
import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  PUBLIC_URL: optionalString.pipe(z.url().optional()),
  DATABASE_URL: optionalString,
  DATA_DIR: z.string().default(".data"),
  SESSION_SECRET: optionalString.pipe(z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional()),
  /** keys the HMAC of gift card codes and seals codes in delivery jobs; changing it invalidates every card */
  GIFT_CARD_CODE_SECRET: optionalString.pipe(z.string().min(32, "GIFT_CARD_CODE_SECRET must be at least 32 characters").optional()),
  WORKER: z.enum(["on", "off"]).default("on"),
  /** web processes `npm start` runs; by default one per core in production and one otherwise */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
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
  STRIPE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(80_000).default(10_000),
  STRIPE_MAX_NETWORK_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  ANTHROPIC_API_KEY: optionalString,
  SMTP_URL: optionalString,
  SHOP_EMAIL: z.email().default("studio@printroom.local"),
});

export type Env = Omit<z.infer<typeof envSchema>, "SESSION_SECRET" | "GIFT_CARD_CODE_SECRET" | "PUBLIC_URL" | "PAGE_CACHE" | "WEB_CONCURRENCY"> & {
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
  const dataDir = path.resolve(raw.DATA_DIR);
  return {
    ...raw,
    DATA_DIR: dataDir,
    isProduction,
    PAGE_CACHE: raw.PAGE_CACHE ?? (isProduction ? "on" : "off"),
    WEB_CONCURRENCY: raw.WEB_CONCURRENCY ?? (isProduction ? availableParallelism() : 1),
    SESSION_SECRET: raw.SESSION_SECRET ?? developmentSecret(dataDir, "session-secret"),
    GIFT_CARD_CODE_SECRET: raw.GIFT_CARD_CODE_SECRET ?? developmentSecret(dataDir, "gift-card-secret"),
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
