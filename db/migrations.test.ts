import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../test/database";
import { migrateDatabase } from "./migrate";

const database = await testDatabase();

describe("migrations", () => {
  it("build every table on an empty database, and running them again changes nothing", async () => {
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      await sql`drop schema public cascade`;
      await sql`drop schema if exists drizzle cascade`;
      await sql`drop schema if exists graphile_worker cascade`;
      await sql`create schema public`;
      await migrateDatabase(database.url);
      await migrateDatabase(database.url);
      const tables = await sql<{ name: string }[]>`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`;
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(["cart_items", "carts", "collections", "contact_messages", "order_items", "orders", "photo_images", "photos", "print_variants", "processed_webhook_events", "products", "subscribers"]),
      );
      const [job] = await sql`select count(*)::int as n from graphile_worker.jobs`;
      expect(job?.n).toBe(0);
    } finally {
      await sql.end();
    }
  });
});
