import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connect } from "../../../db/client";
import { auditLog, subscribers } from "../../../db/schema/index";
import { testDatabase } from "../../../test/database";
import { DomainError } from "../../errors";
import { subscribe } from "../../newsletter/subscribe";
import { createAdminUser } from "../access/admin-users";
import { csvStream } from "./csv";
import { listSubscribers, SUBSCRIBERS_PAGE_SIZE, unsubscribeFromBackOffice } from "./subscribers";
import { EXPORT_BATCH_ROWS, subscriberCsvChunks, subscribersCsvStream } from "./subscribers-csv";

const database = await testDatabase();
const db = database.db;
const owner = await createAdminUser(db, { email: "owner@example.com", password: "a long enough owner password" });

async function rejection(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** RFC 4180 records, as a spreadsheet reads them back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      records.push(record);
      record = [];
      i++;
    } else field += c;
  }
  return records;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks++;
    text += decoder.decode(next.value, { stream: true });
  }
  return { text, chunks };
}

describe("the subscriber list", () => {
  it("shows source and confirmed state, newest first, searched by address, a page at a time", async () => {
    await db.delete(subscribers);
    await db.insert(subscribers).values(
      Array.from({ length: SUBSCRIBERS_PAGE_SIZE + 5 }, (_, i) => ({ email: `reader${i}@list.example`, source: i % 2 ? ("popup" as const) : ("footer" as const), confirmedAt: i % 3 ? null : new Date() })),
    );
    await db.insert(subscribers).values([
      { email: "100%_sure@odd.example", source: "chat" },
      { email: "1000xsure@odd.example", source: "chat" },
    ]);
    const first = await listSubscribers(db, { q: "LIST.example" });
    expect(first.matching).toBe(SUBSCRIBERS_PAGE_SIZE + 5);
    expect(first.rows).toHaveLength(SUBSCRIBERS_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ email: `reader${SUBSCRIBERS_PAGE_SIZE + 4}@list.example`, source: "footer" });
    const second = await listSubscribers(db, { q: "list.example", after: first.next! });
    expect(second.rows.map((r) => r.email)).toEqual([4, 3, 2, 1, 0].map((i) => `reader${i}@list.example`));
    expect(second.next).toBeNull();
    expect(second.rows.map((r) => r.confirmedAt !== null)).toEqual([false, true, false, false, true]);

    // % and _ typed in the box are literal characters, not wildcards.
    expect((await listSubscribers(db, { q: "100%_" })).rows.map((r) => r.email)).toEqual(["100%_sure@odd.example"]);
    expect((await listSubscribers(db)).matching).toBe(SUBSCRIBERS_PAGE_SIZE + 7);
  });

  it("sorts oldest first or by address, each a page at a time from where the last ended", async () => {
    const oldest = await listSubscribers(db, { q: "list.example", sort: "oldest" });
    expect(oldest.rows.slice(0, 2).map((r) => r.email)).toEqual(["reader0@list.example", "reader1@list.example"]);
    expect((await listSubscribers(db, { q: "list.example", sort: "oldest", after: oldest.next! })).rows.map((r) => r.email)).toEqual(
      [50, 51, 52, 53, 54].map((i) => `reader${i}@list.example`),
    );
    const byAddress = await listSubscribers(db, { sort: "email" });
    const everyAddress = [...byAddress.rows, ...(await listSubscribers(db, { sort: "email", after: byAddress.next! })).rows].map((r) => r.email);
    expect(everyAddress).toHaveLength(SUBSCRIBERS_PAGE_SIZE + 7);
    // In the database's collation, which decides how "100%_" and "1000x" compare; the digits come before the letters.
    expect(everyAddress.slice(0, 2).sort()).toEqual(["1000xsure@odd.example", "100%_sure@odd.example"].sort());
    expect(new Set(everyAddress).size).toBe(everyAddress.length);
  });

  it("refuses a malformed page or an overlong search with a clear 400", async () => {
    for (const input of [{ after: "abc" }, { after: "-3" }, { sort: "oldest", after: "1.5" }, { sort: "size" }, { q: "x".repeat(300) }]) {
      const error = await rejection(listSubscribers(db, input as never));
      expect(error.kind).toBe("BadInput");
    }
  });

  it("unsubscribing from the back office removes the address once, with an audit row, and says so the second time", async () => {
    await subscribe(db, "leaving@list.example", "checkout");
    const [row] = await db.select().from(subscribers).where(eq(subscribers.email, "leaving@list.example"));
    const removed = await unsubscribeFromBackOffice(db, owner, { id: row!.id });
    expect(removed).toMatchObject({ id: row!.id, email: "leaving@list.example", source: "checkout" });
    expect(await db.select().from(subscribers).where(eq(subscribers.id, row!.id))).toEqual([]);
    expect((await rejection(unsubscribeFromBackOffice(db, owner, { id: row!.id }))).kind).toBe("NotFound");
    expect((await rejection(unsubscribeFromBackOffice(db, owner, { id: "x" as never }))).kind).toBe("BadInput");
    const audit = await db.select().from(auditLog);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ adminUserId: owner.id, action: "subscriber.unsubscribe", subjectType: "subscriber", subjectId: String(row!.id), after: null });
    expect(audit[0]!.before).toMatchObject({ email: "leaving@list.example", source: "checkout", confirmedAt: null });
  });
});

describe("the subscriber CSV export", () => {
  it("streams 10 000 subscribers a batch at a time, every row escaped", async () => {
    await db.delete(subscribers);
    await db.execute(sql`
      insert into subscribers (email, source, confirmed_at, created_at)
      select 'reader' || n || '@export.example', 'footer', case when n % 2 = 0 then now() end, now() - n * interval '1 minute'
      from generate_series(1, 10000) as n`);
    await db.insert(subscribers).values([
      { email: "=HYPERLINK(\"http://evil.example\")@export.example", source: "chat" },
      { email: "smith, \"jo\"\n@export.example", source: "popup" },
    ]);

    const { text, chunks } = await readAll(subscribersCsvStream(db));
    // The header, then one chunk per cursor batch: the rows never sat in memory all at once.
    expect(chunks).toBe(1 + Math.ceil(10_002 / EXPORT_BATCH_ROWS));
    const records = parseCsv(text);
    expect(records).toHaveLength(10_003);
    expect(records[0]).toEqual(["email", "source", "confirmed", "confirmed_at", "subscribed_at"]);
    expect(records[1]).toEqual(["reader1@export.example", "footer", "no", "", expect.stringMatching(/^\d{4}-\d\d-\d\dT/)]);
    expect(records[2]!.slice(0, 3)).toEqual(["reader2@export.example", "footer", "yes"]);
    expect(records.at(-2)!.slice(0, 2)).toEqual(["'=HYPERLINK(\"http://evil.example\")@export.example", "chat"]);
    expect(records.at(-1)!.slice(0, 2)).toEqual(["smith, \"jo\"\n@export.example", "popup"]);
  });

  it("each batch is one fetch of the cursor, however many rows match", async () => {
    const sizes: number[] = [];
    for await (const chunk of subscriberCsvChunks(db, { q: "export.example", batchRows: 1000 })) sizes.push(chunk.split("\r\n").length - 1);
    expect(sizes).toEqual([1, ...Array(10).fill(1000), 2]);
    expect(parseCsv((await readAll(subscribersCsvStream(db, { q: "reader77@" }))).text).map((r) => r[0])).toEqual(["email", "reader77@export.example"]);
  });

  it("a download stopped half way closes its cursor and gives the connection back", async () => {
    const single = connect(database.url, { max: 1 });
    try {
      const reader = csvStream(subscriberCsvChunks(single.db, { batchRows: 100 })).getReader();
      await reader.read();
      await reader.read();
      await reader.cancel();
      const [row] = await single.sql`select count(*)::int as n from subscribers`;
      expect(row!.n).toBe(10_002);
    } finally {
      await single.close();
    }
  });
});
