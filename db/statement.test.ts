import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../test/database";
import { processedWebhookEvents } from "./schema/index";
import { selectStatement, writeStatement } from "./statement";

let queries: string[] = [];
const database = await testDatabase({ onQuery: (query) => queries.push(query) });
const db = database.db;

const recordEvent = writeStatement("test_record_event", (db) =>
  db
    .insert(processedWebhookEvents)
    .values({ id: sql.placeholder("id"), type: sql.placeholder("type") })
    .onConflictDoNothing(),
);
const eventById = selectStatement("test_event_by_id", (db) => db.select().from(processedWebhookEvents).where(eq(processedWebhookEvents.id, sql.placeholder("id"))));

describe("statements built once", () => {
  it("run on the pool and inside a transaction with the same SQL, mapped as Drizzle maps the query", async () => {
    queries = [];
    expect(await db.transaction((tx) => recordEvent(tx, { id: "evt_in_tx", type: "checkout.session.completed" }))).toBe(1);
    expect(await recordEvent(db, { id: "evt_on_pool", type: "charge.refunded" })).toBe(1);
    const [row] = await eventById(db, { id: "evt_in_tx" });
    expect(row).toEqual({ id: "evt_in_tx", type: "checkout.session.completed", receivedAt: expect.any(Date) });
    const inserts = queries.filter((q) => q.startsWith("insert"));
    expect(inserts).toHaveLength(2);
    expect(inserts[0]).toBe(inserts[1]);
  });

  it("count the rows written: none for an insert that conflicts", async () => {
    expect(await recordEvent(db, { id: "evt_twice", type: "charge.refunded" })).toBe(1);
    expect(await recordEvent(db, { id: "evt_twice", type: "charge.refunded" })).toBe(0);
  });

  it("belong to the transaction that runs them: a rollback takes the write back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await recordEvent(tx, { id: "evt_rolled_back", type: "charge.refunded" });
        expect(await eventById(tx, { id: "evt_rolled_back" })).toHaveLength(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await eventById(db, { id: "evt_rolled_back" })).toHaveLength(0);
  });
});
