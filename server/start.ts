// `npm start`: one command for the whole store. The first process is the supervisor (build if
// stale, Postgres, migrations, seed, then children kept alive: server/supervisor/supervisor.ts); it
// forks itself as the web processes and the job worker, which land in the branches below.
import { loadEnvOrExit } from "./boot";
import { childRole } from "./supervisor/messages";

const root = process.cwd();
const env = loadEnvOrExit();
// Set by `npm run dev` (remix dev): one web process, which reloads the build remix dev rewrites.
const underRemixDev = Boolean(process.env.REMIX_DEV_ORIGIN);

const role = childRole();
if (role === "web") {
  const { runWebChild } = await import("./supervisor/web-child");
  await runWebChild(env, { root, underRemixDev });
} else if (role === "jobs") {
  const { runJobsChild } = await import("./supervisor/jobs-child");
  await runJobsChild(env);
} else {
  const { runSupervisor } = await import("./supervisor/supervisor");
  await runSupervisor(env, { root, underRemixDev });
}
