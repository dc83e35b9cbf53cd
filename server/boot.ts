// Start-up pieces shared by `npm start` (supervisor, web and job-worker children) and `npm run worker`.
import type { Db } from "../db/client";
import type { WorkerDeps } from "../workers/deps";
import { EnvError, loadEnv, type Env } from "./env";
import { createMailer } from "./integrations/mail/mailer";
import { createPayments } from "./integrations/payments/index";
import type { Payments } from "./integrations/payments/payments";
import { createStorage } from "./integrations/storage/index";
import type { Logger } from "./log";

/** Parses the configuration, or prints what is wrong and exits before anything starts. */
export function loadEnvOrExit(): Env {
  try {
    return loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Each process builds its integrations here once, at boot, and passes them on. */
export function createWorkerDeps(env: Env, db: Db, log: Logger): WorkerDeps & { payments: Payments } {
  return { db, env, log, payments: createPayments(env, log), mailer: createMailer(env, db), storage: createStorage(env, log) };
}
