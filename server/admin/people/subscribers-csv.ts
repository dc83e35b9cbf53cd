// The subscriber export: every address matching the search, read through a Postgres cursor a batch
// at a time, so 10 000 subscribers or a million take the memory of one batch.
import type postgres from "postgres";
import type { Db } from "../../../db/client";
import { csvRow, csvStream } from "./csv";
import { containsPattern } from "./search-pattern";

export const EXPORT_BATCH_ROWS = 500;

export const SUBSCRIBER_CSV_HEADER = ["email", "source", "confirmed", "confirmed_at", "subscribed_at"];

/** Times as text, in UTC to the second, as spreadsheets and scripts read them. */
type ExportRow = { email: string; source: string; confirmed_at: string | null; created_at: string };

/** Drizzle keeps the postgres.js client it was made with; only that has cursors. */
function sqlClientOf(db: Db): postgres.Sql {
  return (db as Db & { $client: postgres.Sql }).$client;
}

/** The CSV in chunks: the header, then one chunk per batch the cursor fetches. */
export async function* subscriberCsvChunks(db: Db, options: { q?: string; batchRows?: number } = {}): AsyncGenerator<string> {
  const sql = sqlClientOf(db);
  const pattern = options.q?.trim() ? containsPattern(options.q.trim()) : null;
  yield csvRow(SUBSCRIBER_CSV_HEADER);
  const cursor = sql<ExportRow[]>`
    select email, source,
      to_char(confirmed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as confirmed_at,
      to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at
    from subscribers
    where ${pattern}::text is null or email ilike ${pattern}
    order by id`.cursor(options.batchRows ?? EXPORT_BATCH_ROWS);
  for await (const rows of cursor) {
    yield rows.map((r) => csvRow([r.email, r.source, r.confirmed_at ? "yes" : "no", r.confirmed_at, r.created_at])).join("");
  }
}

export function subscribersCsvStream(db: Db, options: { q?: string; batchRows?: number } = {}): ReadableStream<Uint8Array> {
  return csvStream(subscriberCsvChunks(db, options));
}

/** The file name the browser saves it under, with the day it was made. */
export function subscribersCsvFileName(now = new Date()): string {
  return `subscribers-${now.toISOString().slice(0, 10)}.csv`;
}
