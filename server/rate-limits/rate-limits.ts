// Rate limits counted in Postgres (rate-limiter-flexible's Postgres store), so every web process
// draws from the same window and a restart forgets nothing.
import { getTableName } from "drizzle-orm";
import { createHash } from "node:crypto";
import type postgres from "postgres";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../../db/client";
import { rateLimits as rateLimitsTable } from "../../db/schema/rate-limits";
import { rateLimited } from "../errors";

export type RateLimitOptions = {
  /** names the limit; keys of different limits never collide */
  keyPrefix: string;
  /** how many actions one key may take per window */
  points: number;
  durationSeconds: number;
  /** what the shopper reads when over the limit */
  message?: string;
};

export type RateLimiter = {
  /** counts one action (or `points`) for the key; throws a RateLimited error past the limit */
  consume(key: string, points?: number): Promise<void>;
  reset(key: string): Promise<void>;
};

export type RateLimits = { limiter(options: RateLimitOptions): RateLimiter };

type PgStyleResult = { rows: unknown[]; rowCount: number };

/** The library speaks node-postgres' `query({ text, values })`; this answers it over postgres.js. */
function pgStyleClient(sql: postgres.Sql) {
  return {
    async query(query: { text: string; values?: unknown[] }): Promise<PgStyleResult> {
      const rows = await sql.unsafe(query.text, (query.values ?? []) as postgres.ParameterOrJSON<never>[]);
      return { rows: [...rows], rowCount: rows.count };
    },
  };
}

/** Keys go into a varchar(255) column; long ones (an e-mail, a URL) are hashed to fit. */
function storedKey(key: string): string {
  return key.length <= 200 ? key : createHash("sha256").update(key).digest("hex");
}

/** The row a limit's key is counted in, for a statement that counts alongside other work (server/chat/turn-checks.ts). */
export function rateLimitRowKey(options: Pick<RateLimitOptions, "keyPrefix">, key: string): string {
  return `${options.keyPrefix}:${storedKey(key)}`;
}

const sameOptions = (a: RateLimitOptions, b: RateLimitOptions) => a.points === b.points && a.durationSeconds === b.durationSeconds && a.message === b.message;

/** One per process, on the app's own connection pool: limiters are made once per keyPrefix. */
export function createRateLimits(db: Db): RateLimits {
  const client = pgStyleClient((db as Db & { $client: postgres.Sql }).$client);
  const made = new Map<string, { options: RateLimitOptions; limiter: RateLimiter }>();

  function build(options: RateLimitOptions): RateLimiter {
    const store = new RateLimiterPostgres({
      storeClient: client,
      storeType: "client",
      tableName: getTableName(rateLimitsTable),
      // The table comes from a Drizzle migration, never from the library at run time.
      tableCreated: true,
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.durationSeconds,
    });
    return {
      async consume(key, points = 1) {
        try {
          await store.consume(storedKey(key), points);
        } catch (error) {
          if (error instanceof RateLimiterRes) {
            const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
            throw rateLimited(options.message ?? `Too many requests; please try again in ${seconds} seconds.`);
          }
          throw error;
        }
      },
      async reset(key) {
        await store.delete(storedKey(key));
      },
    };
  }

  return {
    limiter(options) {
      const existing = made.get(options.keyPrefix);
      if (existing) {
        if (!sameOptions(existing.options, options)) throw new Error(`rate limit "${options.keyPrefix}" is defined twice with different settings`);
        return existing.limiter;
      }
      const limiter = build(options);
      made.set(options.keyPrefix, { options, limiter });
      return limiter;
    },
  };
}
