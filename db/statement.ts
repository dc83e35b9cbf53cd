// Hot statements built once and sent as prepared statements by whichever handle runs them: the pool
// or a transaction. Drizzle builds a query's SQL again on every call, and the prepared query that
// `.prepare()` returns is bound to the handle it was built on, so a transaction cannot reuse one.
// Here the SQL, with `sql.placeholder`s, is built on first use and each call gives it to the
// calling handle's session, so it goes as a prepared statement in one round trip where Drizzle's
// default path takes two (decision 013).
// Every handle comes from `connect()` (db/client.ts), so SQL built by one is valid for all.
//
// A placeholder given as a column's value is encoded by that column when the statement runs, null
// included (a null jsonb becomes JSON `null`, a null timestamp throws): pass nullable values of such
// columns through `sql` with an explicit cast, encoded by the caller.
import { Column, is, SQL, type Query } from "drizzle-orm";
import type { SelectedFieldsOrdered } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./client";

type Values = Record<string, unknown>;
type Buildable = { toSQL(): Query };
type Select = Buildable & { _: { selectedFields: Record<string, unknown>; result: unknown } };

/** The fields of a flat selection in the order Drizzle puts them in the SQL, as its own queries do. */
function orderedFields(selection: Record<string, unknown>): SelectedFieldsOrdered {
  return Object.entries(selection).map(([key, field]) => {
    if (!is(field, Column) && !is(field, SQL) && !is(field, SQL.Aliased)) throw new Error(`a statement's selection must be flat: "${key}" is neither a column nor SQL`);
    return { path: [key], field } as SelectedFieldsOrdered[number];
  });
}

/** A select built once; each call resolves to the rows, mapped as the query itself would map them. */
export function selectStatement<TQuery extends Select>(name: string, build: (db: DbOrTx) => TQuery): (db: DbOrTx, values?: Values) => Promise<TQuery["_"]["result"]> {
  let built: { query: Query; fields: SelectedFieldsOrdered } | undefined;
  return (db, values = {}) => {
    if (!built) {
      const query = build(db);
      built = { query: query.toSQL(), fields: orderedFields(query._.selectedFields) };
    }
    return db._.session.prepareQuery(built.query, built.fields, name, true).execute(values) as Promise<TQuery["_"]["result"]>;
  };
}

/**
 * An insert, update or delete built once with `.returning(selection)`: `build` gets the selection to
 * pass, so the rows are mapped by the same fields the SQL returns. Each call resolves to those rows.
 */
export function returningStatement<TSelection extends Record<string, unknown>, TQuery extends Buildable & PromiseLike<unknown>>(
  name: string,
  selection: TSelection,
  build: (db: DbOrTx, returning: TSelection) => TQuery,
): (db: DbOrTx, values?: Values) => Promise<Awaited<TQuery>> {
  const fields = orderedFields(selection);
  let query: Query | undefined;
  return (db, values = {}) => {
    query ??= build(db, selection).toSQL();
    return db._.session.prepareQuery(query, fields, name, true).execute(values) as Promise<Awaited<TQuery>>;
  };
}

/** An insert, update or delete built once, without `returning`; each call resolves to the number of rows it wrote. */
export function writeStatement(name: string, build: (db: DbOrTx) => Buildable): (db: DbOrTx, values?: Values) => Promise<number> {
  let query: Query | undefined;
  return async (db, values = {}) => {
    query ??= build(db).toSQL();
    // Without fields to map, the driver's own result comes back: postgres.js counts the rows written.
    const result = (await db._.session.prepareQuery(query, undefined, name, false).execute(values)) as { count: number };
    return result.count;
  };
}
