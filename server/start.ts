// `npm start`: one command for the whole store. The first process is the supervisor (build if
// stale, Postgres, migrations, seed, then children kept alive: server/supervisor/supervisor.ts); it
// forks itself as the web processes and the job worker, which land in the branches below.
import { loadEnvOrExit } from "./boot";
import { childRole, untilNeeded } from "./supervisor/messages";

const root = process.cwd();
const env = loadEnvOrExit();
// Set by `npm run dev` (remix dev): one web process, which reloads the build remix dev rewrites.
const underRemixDev = Boolean(process.env.REMIX_DEV_ORIGIN);

const role = childRole();
if (role) {
  // A child loads its code first; a warm spare then waits until the supervisor needs it.
  const start = role === "web" ? await (await import("./supervisor/web-child")).prepareWebChild(env, { root, underRemixDev }) : (await import("./supervisor/jobs-child")).prepareJobsChild(env);
  await untilNeeded();
  await start();
} else {
  const { runSupervisor } = await import("./supervisor/supervisor");
  await runSupervisor(env, { root, underRemixDev });
}
