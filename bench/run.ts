// `npm run bench [-- bundle ssr queries lighthouse drizzle webhook wall-drag wall-upload chat] [--no-build] [--keep] [--wait-for-quiet[=minutes]]`: builds the app for
// production, starts it on a fresh embedded Postgres with the demo seed, waits for the image
// derivatives, runs the benchmarks and writes their sections of docs/performance.md.
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bundleSize } from "./bundle-size";
import { chatLatency } from "./chat-latency";
import { drizzleVsRaw } from "./drizzle-vs-raw";
import { lighthouseScores } from "./lighthouse";
import { queryCounts } from "./query-counts";
import { machine, writeSections, type Section } from "./lib/report";
import { createWorkspace, freePort, productionEnv, repoRoot, seededPages, snapshotProductionBuild, startDatabase, startServer, waitForDerivatives, type BenchDatabase, type RunningServer } from "./lib/server";
import { ssrThroughput } from "./ssr-throughput";
import { wallDrag } from "./wall-drag";
import { wallUpload } from "./wall-upload";
import { webhookLatency } from "./webhook-latency";

const ALL = ["bundle", "ssr", "queries", "lighthouse", "drizzle", "webhook", "wall-drag", "wall-upload", "chat"] as const;
type Benchmark = (typeof ALL)[number];

const args = process.argv.slice(2);
const chosen = args.filter((a): a is Benchmark => (ALL as readonly string[]).includes(a));
const unknown = args.filter((a) => !a.startsWith("--") && !(ALL as readonly string[]).includes(a));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")}; choose from ${ALL.join(", ")}`);
  process.exit(2);
}
const selected = new Set<Benchmark>(chosen.length > 0 ? chosen : ALL);
const build = !args.includes("--no-build");
const keep = args.includes("--keep");
/** `--wait-for-quiet=N`: before each timed benchmark, wait up to N minutes for the 1-min load average to drop below the core count. */
const quietMinutes = Number(/^--wait-for-quiet(?:=(\d+))?$/.exec(args.find((a) => a.startsWith("--wait-for-quiet")) ?? "")?.[1] ?? (args.some((a) => a.startsWith("--wait-for-quiet")) ? 10 : 0));

async function waitForQuiet(what: string): Promise<void> {
  if (quietMinutes <= 0) return;
  const cores = os.cpus().length;
  const deadline = Date.now() + quietMinutes * 60_000;
  while (os.loadavg()[0]! >= cores && Date.now() < deadline) {
    console.log(`  waiting for a quieter machine before ${what} (load ${os.loadavg()[0]!.toFixed(1)} on ${cores} cores)…`);
    await new Promise((r) => setTimeout(r, 15_000));
  }
}

// The server build is loaded in this process too (query counts), and React picks its build by this.
process.env.NODE_ENV = "production";

const docFile = path.join(repoRoot, "docs/performance.md");
const resultsDir = path.join(repoRoot, "bench/results");

const SKELETON = `# Performance

Measurements, not tests: nothing here fails a build. Each marked section below is rewritten by the
benchmark that owns it, with the date, the machine and its load; the text outside the marked
sections is written by hand.

**How to run:** \`npm run bench\` (everything, 15–25 minutes on 2 cores) or \`npm run bench -- bundle ssr\` (a subset
of \`bundle\`, \`ssr\`, \`queries\`, \`lighthouse\`, \`drizzle\`, \`webhook\`, \`wall-drag\`, \`wall-upload\`, \`chat\`). It builds for production, starts \`server/start.ts\`
on a free port with a fresh data folder (embedded Postgres, demo seed), waits for the image derivatives, then
measures with the worker off. \`--no-build\` reuses the current build, \`--keep\` keeps the temporary folder
(data, server log), \`--wait-for-quiet[=minutes]\` waits for the load average to drop below the core count
before each timed benchmark. Lighthouse needs Chromium (\`/usr/bin/chromium\` or \`CHROME_PATH\`); its full
reports go to \`bench/results/\` (not committed).
`;

/** `BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"`: Node flags for the measured server (webhook), to profile it. */
const serverNodeArgs = () => process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean);

const workspace = createWorkspace();
let database: BenchDatabase | undefined;
let server: RunningServer | undefined;

async function cleanUp() {
  await server?.stop();
  server = undefined;
  await database?.stop();
  database = undefined;
  if (!keep) workspace.remove();
}

process.on("SIGINT", () => {
  void cleanUp().finally(() => process.exit(130));
});

async function main(): Promise<void> {
  console.log(`benchmarks: ${[...selected].join(", ")} on ${machine()}; workspace ${workspace.dir}`);
  mkdirSync(resultsDir, { recursive: true });
  console.log(build ? "building the production snapshot…" : "copying the current build…");
  snapshotProductionBuild(workspace.appDir, { build });
  const sections: Section[] = [];

  if (selected.has("bundle")) {
    const { section, result } = bundleSize(workspace.appDir);
    const over = result.pages.filter((p) => !p.withinMargin).map((p) => `${p.page} ${p.kbBrotli.toFixed(1)} KB`);
    console.log(`bundle: photo page ${result.photoKbBrotli.toFixed(1)} KB brotli; ${result.pages.length} pages, over the margin: ${over.join(", ") || "none"}`);
    sections.push(section);
  }

  const needsServer = ["ssr", "queries", "lighthouse", "drizzle", "webhook", "wall-drag", "wall-upload", "chat"].some((b) => selected.has(b as Benchmark));
  if (needsServer) {
    database = await startDatabase(workspace.dataDir);
    const serverEnv = (port: number) => productionEnv({ databaseUrl: database!.url, dataDir: workspace.dataDir, port });
    const logFile = path.join(workspace.dir, "server.log");

    console.log("starting the server with its worker: migrate, seed, image derivatives…");
    server = await startServer({ appDir: workspace.appDir, env: { ...serverEnv(await freePort()), WORKER: "on" }, logFile });
    const derivatives = await waitForDerivatives(database.url);
    console.log(`derivatives ready: ${derivatives.derivatives} files for ${derivatives.photos} photos, waited ${derivatives.ms} ms`);
    await server.stop();

    // Measured without the worker: its jobs are done, and its polling would share the two cores.
    server = await startServer({ appDir: workspace.appDir, env: { ...serverEnv(await freePort()), WORKER: "off", BENCH_ROUTES: "on" }, logFile });
    const seeded = await seededPages(database.url);
    const workerNote = `worker off (all ${derivatives.photos} photos' derivatives were made first)`;

    if (selected.has("ssr")) {
      await waitForQuiet("SSR throughput");
      console.log("SSR throughput…");
      const { section, result } = await ssrThroughput({ baseUrl: server.url, photoSlug: seeded.photoSlug, workerNote, serverPid: server.pid, pgDataDir: path.join(workspace.dataDir, "pg") });
      console.log(
        `ssr: photo rendered ${result.photoRps.toFixed(0)} req/s (p99 ${result.photoP99} ms), served ${result.servedRps.toFixed(0)} req/s (p99 ${result.servedP99} ms), minimal ${result.minimalRps.toFixed(0)} req/s; rendered ratio ${result.ratio.toFixed(2)} (from CPU cost ${result.cpuRatio?.toFixed(2) ?? "n/a"}), served ratio ${result.servedRatio.toFixed(2)}`,
      );
      sections.push(section);
    }
    if (selected.has("lighthouse")) {
      await waitForQuiet("Lighthouse");
      console.log("Lighthouse…");
      const { section } = await lighthouseScores({
        baseUrl: server.url,
        resultsDir,
        pages: [
          { name: "home", path: "/" },
          { name: "collection", path: `/collections/${seeded.collectionSlug}` },
          { name: "photo", path: `/photos/${seeded.photoSlug}` },
          // What the framework and the root layout score on their own (a noindex page, so its SEO score is not a target).
          { name: "baseline", path: "/bench/minimal", baseline: true },
        ],
      });
      sections.push(section);
    }
    if (selected.has("wall-drag")) {
      await waitForQuiet("the wall editor's drag");
      console.log("wall editor: frame time while dragging a print…");
      const { section } = await wallDrag({ baseUrl: server.url, photoSlug: seeded.photoSlug });
      sections.push(section);
    }
    await server.stop();
    server = undefined;

    if (selected.has("queries")) {
      console.log("query counts…");
      const { section, result } = await queryCounts({ appDir: workspace.appDir, dataDir: workspace.dataDir, databaseUrl: database.url, seeded });
      console.log(`queries: cart reads ${result.cartReadCounts.join(", ")}`);
      sections.push(section);
    }
    if (selected.has("drizzle")) {
      await waitForQuiet("Drizzle against raw postgres.js");
      console.log("Drizzle against raw postgres.js…");
      const { section } = await drizzleVsRaw({ databaseUrl: database.url, photoSlug: seeded.photoSlug });
      sections.push(section);
    }
    if (selected.has("webhook")) {
      await waitForQuiet("webhook latency");
      console.log("webhook latency…");
      const { section, result } = await webhookLatency({ appDir: workspace.appDir, dataDir: workspace.dataDir, databaseUrl: database.url, logFile, variantIds: seeded.variantIds, serverNodeArgs: serverNodeArgs() });
      console.log(`webhook: p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms, ${result.eventsPerSecond.toFixed(0)} events/s`);
      sections.push(section);
    }
    if (selected.has("chat")) {
      await waitForQuiet("the assistant's latency");
      console.log("the assistant's added latency to the first token…");
      const { section, result } = await chatLatency({ appDir: workspace.appDir, dataDir: workspace.dataDir, databaseUrl: database.url, logFile });
      console.log(`chat: added p95 ${result.alone.added.p95.toFixed(1)} ms one at a time, ${result.concurrent.added.p95.toFixed(1)} ms with 20 conversations at once`);
      sections.push(section);
    }
    if (selected.has("wall-upload")) {
      // The analysis is a job: this one runs with the worker.
      server = await startServer({ appDir: workspace.appDir, env: { ...serverEnv(await freePort()), WORKER: "on" }, logFile });
      await waitForQuiet("wall photo uploads");
      console.log("wall editor: upload to analysis ready…");
      const { section } = await wallUpload({ baseUrl: server.url, serverPid: server.pid });
      sections.push(section);
      await server.stop();
      server = undefined;
    }
  }

  writeSections(docFile, SKELETON, sections);
  console.log(`wrote ${sections.map((s) => s.id).join(", ")} to ${path.relative(process.cwd(), docFile)}`);
}

try {
  await main();
} finally {
  await cleanUp();
}
