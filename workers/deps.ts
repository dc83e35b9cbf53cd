import type { Db } from "../db/client";
import type { Env } from "../server/env";
import type { Logger } from "../server/log";

/** What tasks get besides their payload: the same handles the web process uses. */
export type WorkerDeps = { db: Db; env: Env; log: Logger };
