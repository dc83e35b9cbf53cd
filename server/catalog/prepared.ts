// Hot catalogue reads are built once per database handle and sent as prepared statements: Drizzle's
// default postgres.js path rebuilds the SQL and sends it unprepared on every call, measured at about
// a fifth of the raw driver's speed (docs/performance.md, "Drizzle against raw postgres.js").
import type { DbOrTx } from "../../db/client";

const built = new WeakMap<DbOrTx, Map<string, unknown>>();

/** The query `build` makes for `db`, made on the first call and reused after; `name` is unique per query. */
export function preparedOnce<T>(db: DbOrTx, name: string, build: (db: DbOrTx) => T): T {
  let queries = built.get(db);
  if (!queries) {
    queries = new Map();
    built.set(db, queries);
  }
  if (!queries.has(name)) queries.set(name, build(db));
  return queries.get(name) as T;
}
