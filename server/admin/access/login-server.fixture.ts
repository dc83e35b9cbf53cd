// For login-limits.test.ts: one web process of its own (the real Express app and the back office's
// routes) on DATABASE_URL and a free port, which it prints as `{"port":…}` once it listens.
import type { AddressInfo } from "node:net";
import { connect } from "../../../db/client";
import { createApp } from "../../app";
import { loadEnv } from "../../env";
import { createPayments } from "../../integrations/payments/index";
import { createLogger } from "../../log";
import { adminServerBuild, backOfficeRoutes } from "../admin-routes-build";

const env = loadEnv();
const database = connect(env.DATABASE_URL!, { max: 4 });
const log = createLogger("silent");
const app = createApp({ env, db: database.db, log, payments: createPayments(env, log), remixBuild: adminServerBuild(await backOfficeRoutes()) });
const server = app.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`));
process.once("SIGTERM", () => server.close(() => void database.close().then(() => process.exit(0))));
