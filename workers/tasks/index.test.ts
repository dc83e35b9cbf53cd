import { parseCrontab } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { createMailer } from "../../server/integrations/mail/mailer";
import { createStorage } from "../../server/integrations/storage/index";
import { jobPayloads } from "../../server/jobs/registry";
import { createLogger } from "../../server/log";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { crontab } from "../crontab";
import { buildTaskList, type JobTaskList } from "./index";

const database = await testDatabase();
const env = testEnv();
const deps = { db: database.db, env, log: createLogger("silent"), mailer: createMailer(env, database.db), storage: createStorage(env) };

describe("the task list", () => {
  it("has a task for exactly the jobs in the registry", () => {
    const tasks = buildTaskList(deps);
    expect(Object.keys(tasks).sort()).toEqual(Object.keys(jobPayloads).sort());
    // A list missing a job's task must not compile: if this one ever does, tsc fails on the directive.
    // @ts-expect-error every job other than send_mail is missing
    const incomplete: JobTaskList = { send_mail: tasks.send_mail };
    expect(Object.keys(incomplete)).toEqual(["send_mail"]);
  });

  it("is what the crontab schedules from, by the registry's names", () => {
    const scheduled = parseCrontab(crontab).map((item) => item.task);
    expect(scheduled.sort()).toEqual(["cleanup_stale_carts", "cleanup_wall_photos", "finish_pending_refunds", "reconcile_stripe_events", "release_stale_gift_card_holds"]);
    for (const task of scheduled) expect(Object.keys(jobPayloads)).toContain(task);
  });
});
