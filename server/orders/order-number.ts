// Human-friendly order numbers, e.g. PR-2026-000123, from a Postgres sequence: never count()+1,
// which two concurrent orders would share (finding 2).
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

export const ORDER_NUMBER_PATTERN = /^PR-\d{4}-\d{6,}$/;

export function formatOrderNumber(sequence: number, at: Date): string {
  // padStart never truncates, so the millionth order simply gets a longer number.
  return `PR-${at.getUTCFullYear()}-${String(sequence).padStart(6, "0")}`;
}

export async function nextOrderNumber(db: DbOrTx, at: Date = new Date()): Promise<string> {
  const [row] = await db.execute<{ n: string }>(sql`select nextval('order_number_seq')::text as n`);
  return formatOrderNumber(Number(row!.n), at);
}
