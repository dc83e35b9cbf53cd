// A database of the test file's own, cloned from the migrated template. Nothing is mocked.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { atFileEnd } from "./cleanup";
import { connect, type Database } from "../db/client";

export type TestDatabase = Database & { url: string; name: string };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createTestDatabase(options: { onQuery?: (query: string) => void } = {}): Promise<TestDatabase> {
  const adminUrl = inject("adminUrl");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = connect(adminUrl, { max: 1 });
  try {
    await admin.sql.unsafe(`create database "${name}" template "${inject("templateDatabase")}"`);
  } finally {
    await admin.close();
  }
  const url = withDatabase(adminUrl, name);
  const database = connect(url, { max: 10, onQuery: options.onQuery });
  return {
    ...database,
    url,
    name,
    close: async () => {
      await database.close();
      const cleanup = connect(adminUrl, { max: 1 });
      try {
        await cleanup.sql.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.close();
      }
    },
  };
}

/** Call at the top of a test file: creates the file's database and drops it when the file is done. */
export async function testDatabase(options: { onQuery?: (query: string) => void } = {}): Promise<TestDatabase> {
  const database = await createTestDatabase(options);
  atFileEnd(() => database.close());
  return database;
}
