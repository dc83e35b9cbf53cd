import type { Db } from "../db/client";
import type { Env } from "../server/env";
import type { Mailer } from "../server/integrations/mail/mailer";
import type { Payments } from "../server/integrations/payments/index";
import type { Storage } from "../server/integrations/storage/index";
import type { Logger } from "../server/log";

/** What tasks get besides their payload: the same handles the web process uses. */
export type WorkerDeps = {
  db: Db;
  env: Env;
  log: Logger;
  storage: Storage;
  mailer: Mailer;
  /** tasks that talk to the payment provider (reconciliation) skip their work without it */
  payments?: Payments;
};
