// Human-friendly order numbers, e.g. PR-2026-000123, from a Postgres sequence: never count()+1,
// which two concurrent orders would share (finding 2). Built in SQL so the order's insert takes its
// number in the same statement, without a round trip of its own.
import { sql, type SQL } from "drizzle-orm";

export const ORDER_NUMBER_PATTERN = /^PR-\d{4}-\d{6,}$/;

/** The number for sequence value `sequence` in the UTC year of `at`; never truncated past a million. */
export function orderNumberSql(sequence: SQL, at: SQL): SQL {
  return sql`(select 'PR-' || to_char(${at} at time zone 'UTC', 'YYYY') || '-' || lpad(n, greatest(6, length(n)), '0') from (select (${sequence})::text as n) as s)`;
}

/** The next order number, taken from the sequence when the statement runs. */
export const nextOrderNumberSql = () => orderNumberSql(sql`nextval('order_number_seq')`, sql`now()`);
