import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { testDatabase } from "../../test/database";
import { orderInput } from "../../test/factories";
import { createPaidOrder } from "./create-order";
import { ORDER_NUMBER_PATTERN, orderNumberSql } from "./order-number";

const database = await testDatabase();
// Twenty connections: real contention on the sequence without crowding a shared test server.
const wide = connect(database.url, { max: 20 });
afterAll(() => wide.close());

const newOrder = (n: number) => orderInput({ email: `buyer${n}@example.com`, customerName: "", stripeCheckoutId: `cs_test_parallel_${n}` });

describe("order numbers", () => {
  it("look like PR-2026-000123 and never truncate past a million", async () => {
    const format = async (sequence: number, at: string) => {
      const [row] = await wide.db.execute<{ number: string }>(sql`select ${orderNumberSql(sql`${sequence}::bigint`, sql`${at}::timestamptz`)} as number`);
      return row!.number;
    };
    expect(await format(123, "2026-03-01T00:00:00Z")).toBe("PR-2026-000123");
    expect(await format(1_234_567, "2027-01-01T00:00:00Z")).toBe("PR-2027-1234567");
    // The year is the UTC one, whatever the session's time zone.
    expect(await format(7, "2026-12-31T23:30:00-05:00")).toBe("PR-2027-000007");
  });

  it("500 orders created in parallel get 500 distinct numbers, and none fails", async () => {
    const results = await Promise.allSettled(Array.from({ length: 500 }, (_, n) => wide.db.transaction((tx) => createPaidOrder(tx, newOrder(n)))));
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed).toHaveLength(0);
    const numbers = results.map((r) => (r as PromiseFulfilledResult<{ number: string }>).value.number);
    expect(new Set(numbers).size).toBe(500);
    expect(numbers.every((n) => ORDER_NUMBER_PATTERN.test(n))).toBe(true);
    const [row] = await wide.db.execute<{ orders: number; items: number }>(
      sql`select (select count(*)::int from orders) as orders, (select count(*)::int from order_items) as items`,
    );
    expect(row).toEqual({ orders: 500, items: 500 });
  });
});
