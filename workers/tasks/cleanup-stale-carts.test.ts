import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createMailer } from "../../server/integrations/mail/mailer";
import { createStorage } from "../../server/integrations/storage/index";
import { enqueueJob } from "../../server/jobs/enqueue";
import { createLogger } from "../../server/log";
import { testEnv } from "../../test/app-server";
import { cartWith } from "../../test/checkout-helpers";
import { testDatabase } from "../../test/database";
import { crontab } from "../crontab";
import { startWorker } from "../runner";
import { buildTaskList } from "./index";

const database = await testDatabase();
const db = database.db;
const env = testEnv();

describe("the cleanup_stale_carts job", () => {
  it("is scheduled daily and, run by the worker, deletes a 31-day-old cart", async () => {
    expect(crontab).toMatch(/^\d+ \d+ \* \* \* cleanup_stale_carts\b/m);
    const sessionId = await cartWith(db, [{ priceCents: 4500 }]);
    await db.execute(sql`update carts set updated_at = now() - interval '31 days' where session_id = ${sessionId}`);
    await db.execute(sql`update cart_items set added_at = now() - interval '31 days'`);
    const deps = { db, env, log: createLogger("silent"), mailer: createMailer(env, db), storage: createStorage(env) };
    const runner = await startWorker({ connectionString: database.url, deps, tasks: { cleanup_stale_carts: buildTaskList(deps).cleanup_stale_carts }, schedule: "", pollInterval: 100 });
    try {
      await enqueueJob(db, "cleanup_stale_carts", {});
      await vi.waitFor(async () => expect(await db.execute(sql`select 1 from carts where session_id = ${sessionId}`)).toHaveLength(0), { timeout: 15_000, interval: 100 });
    } finally {
      await runner.stop();
    }
  });
});
