import { describe, expect, it } from "vitest";
import { testDatabase } from "../test/database";

const database = await testDatabase();

describe("indexes (finding 24)", () => {
  it("every foreign key column leads some index, so joins and cascades never scan a table", async () => {
    const unindexed = await database.sql<{ table: string; column: string }[]>`
      select c.conrelid::regclass::text as table, a.attname as column
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        and not exists (
          select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1]
        )`;
    expect(unindexed).toEqual([]);
  });

  it("the columns pages and webhooks filter on are indexed", async () => {
    const rows = await database.sql<{ def: string }[]>`select indexdef as def from pg_indexes where schemaname = 'public'`;
    const defs = rows.map((r) => r.def).join("\n");
    for (const expected of [
      /ON public\.photos USING btree \(slug\)/,
      /ON public\.photos USING btree \(is_active, is_featured\)/,
      /ON public\.photos USING gin \(search_vector\)/,
      /ON public\.carts USING btree \(session_id\)/,
      /ON public\.orders USING btree \(stripe_checkout_id\)/,
      /ON public\.orders USING btree \(email\)/,
      /ON public\.collections USING btree \(is_active, sort_order\)/,
    ]) {
      expect(defs).toMatch(expected);
    }
  });
});
