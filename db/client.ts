// The Drizzle database handle over postgres.js; `Db` is also what a transaction looks like to services.
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index";

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Services take either the pool or an open transaction. */
export type DbOrTx = Db | Tx;

export type Database = { db: Db; sql: postgres.Sql; close: () => Promise<void> };

export type ConnectOptions = {
  max?: number;
  onQuery?: (query: string) => void;
  /**
   * Bounds for a serving process (docs/operations.md): Postgres cancels a longer statement, and a
   * query waiting for a new connection fails when opening it takes longer. Tools and tests leave
   * them unset (a migration may run long).
   */
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
};

export function connect(url: string, options: ConnectOptions = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    ...(options.connectTimeoutMs ? { connect_timeout: options.connectTimeoutMs / 1000 } : {}),
    // Every statement is prepared once per connection (postgres.js' default), and the app's queries are
    // key lookups and small scans whose best plan does not depend on the values: planning each
    // execution afresh cost the photo page's related-photos query 40% of its time (docs/performance.md).
    connection: {
      application_name: "printroom",
      plan_cache_mode: "force_generic_plan",
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
    debug: options.onQuery ? (_conn, query) => options.onQuery?.(query) : undefined,
  });
  const db = drizzle({ client: sql, schema, casing: "snake_case" });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
