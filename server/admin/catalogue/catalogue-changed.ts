// Every web process keeps its own page cache (decision 012), so a change to the catalogue is told to
// all of them through Postgres: NOTIFY inside the change's transaction is delivered only if it
// commits, and each process that hears it empties its cache.
import { sql } from "drizzle-orm";
import type postgres from "postgres";
import type { Db, Tx } from "../../../db/client";
import type { Logger } from "../../log";

const CHANNEL = "catalogue_changed";

/** Takes the change's transaction: a rolled-back change tells no one. */
export async function notifyCatalogueChanged(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_notify(${CHANNEL}, '')`);
}

/**
 * Calls `onChange` on every committed catalogue change, and again each time the listening
 * connection is (re)established, since notifications sent while it was down are lost.
 * The listener closes with the pool.
 */
export async function listenForCatalogueChanges(db: Db, onChange: () => void, log: Logger): Promise<void> {
  try {
    await (db as Db & { $client: postgres.Sql }).$client.listen(CHANNEL, onChange, onChange);
  } catch (error) {
    // Without the listener pages are at most a minute stale, as they were before it.
    log.warn({ err: error }, "could not listen for catalogue changes; cached pages expire on their own");
  }
}
