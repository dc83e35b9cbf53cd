// Once per `npm test`: a Postgres (embedded, or TEST_DATABASE_URL) and a migrated template database
// that every test file clones into a database of its own.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { migrateDatabase, migrationsFolder } from "../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
    /** a folder for the run's temporary files, removed when the run ends */
    scratchDir: string;
  }
}

function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrationsFolder).filter((f) => f.endsWith(".sql")).sort()) {
    hash.update(file).update(readFileSync(path.join(migrationsFolder, file)));
  }
  return hash.digest("hex").slice(0, 12);
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

let embedded: EmbeddedDatabase | undefined;
let runDir: string | undefined;
let scratchDir: string | undefined;

export async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // A cluster per run, so parallel `vitest` processes never share a data folder.
    runDir = path.resolve(`.data/test-pg/run-${process.pid}`);
    embedded = await startEmbeddedPostgres({ dir: runDir, durable: false });
    adminUrl = embedded.url("postgres");
  }
  const templateDatabase = `printroom_template_${migrationsHash()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${templateDatabase}`;
    if (!exists) {
      const building = `${templateDatabase}_building_${process.pid}`;
      await admin.unsafe(`create database "${building}"`);
      await migrateDatabase(withDatabase(adminUrl, building));
      // Another run on the same server may have finished the template first; then ours is not needed.
      await admin.unsafe(`alter database "${building}" rename to "${templateDatabase}"`).catch(async (error: { code?: string }) => {
        if (error.code !== "42P04") throw error;
        await admin.unsafe(`drop database "${building}"`);
      });
    }
  } finally {
    await admin.end();
  }
  // Test files' temporary folders live here and go with the run, even when a file is killed
  // before its cleanup (test/cleanup.ts) runs.
  scratchDir = mkdtempSync(path.join(tmpdir(), "printroom-test-run-"));
  project.provide("scratchDir", scratchDir);
  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", templateDatabase);
}

export async function teardown() {
  await embedded?.stop();
  if (runDir) await rm(runDir, { recursive: true, force: true });
  if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
}
