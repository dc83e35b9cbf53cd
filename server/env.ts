// The one place that reads process.env: parsed once at boot, then passed around as a value.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
  WORKER: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_API_BASE: optionalString.pipe(z.url().optional()),
  ANTHROPIC_API_KEY: optionalString,
  SMTP_URL: optionalString,
  SHOP_EMAIL: z.email().default("studio@printroom.local"),
});

export type Env = Omit<z.infer<typeof envSchema>, "SESSION_SECRET" | "PUBLIC_URL"> & {
  SESSION_SECRET: string;
  PUBLIC_URL: string;
  isProduction: boolean;
};

export class EnvError extends Error {
  override name = "EnvError";
}

/** Secrets that must come from the environment in production; development generates them. */
const productionSecrets = ["SESSION_SECRET"] as const;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const raw = parsed.data;
  const isProduction = raw.NODE_ENV === "production";
  if (isProduction) {
    const missing = productionSecrets.filter((name) => !raw[name]);
    if (missing.length > 0) {
      throw new EnvError(`${missing.join(", ")} must be set when NODE_ENV=production (no default secret is ever used in production).`);
    }
  }
  const dataDir = path.resolve(raw.DATA_DIR);
  return {
    ...raw,
    DATA_DIR: dataDir,
    isProduction,
    SESSION_SECRET: raw.SESSION_SECRET ?? developmentSecret(dataDir, "session-secret"),
    PUBLIC_URL: (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ""),
  };
}

/** A random secret made once per checkout and kept in the data folder, so restarts keep sessions. */
export function developmentSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("hex");
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
