// Server-rendering throughput: autocannon against the photo page and the minimal Remix route of
// the same server, in alternating rounds, so both see the same machine and the same noise.
import autocannon, { type Result } from "autocannon";
import { canMeasureCpu, postgresCpuMs, serverCpuMs } from "./lib/cpu";
import { loadAverage, measuredLine, table, target, verdict, type Section } from "./lib/report";

export type ThroughputOptions = {
  baseUrl: string;
  photoSlug: string;
  connections?: number;
  durationSeconds?: number;
  warmupSeconds?: number;
  rounds?: number;
  /** how the worker ran during the measurement, for the report */
  workerNote: string;
  /** the server's process id and Postgres' data folder, to read the CPU time they spend */
  serverPid?: number;
  pgDataDir?: string;
};

type Measurement = { rps: number; p50: number; p99: number; max: number; kbPerResponse: number; non2xx: number; errors: number; load: string; serverCpuMsPerRequest: number | null; postgresCpuMsPerRequest: number | null };

// What a browser sends: the HTML is compressed on the way out, as it is for shoppers.
const headers = { accept: "text/html", "accept-encoding": "gzip, deflate, br" };

async function check(url: string, mustContain: string): Promise<void> {
  const response = await fetch(url, { headers });
  const html = await response.text();
  if (response.status !== 200 || !html.toLowerCase().includes(mustContain.toLowerCase())) throw new Error(`${url} answered ${response.status} without "${mustContain}"; not benchmarking a broken page`);
}

function summarize(result: Result, cpu: { server: number; postgres: number } | null): Measurement {
  const completed = result.requests.total;
  return {
    serverCpuMsPerRequest: cpu && completed > 0 ? cpu.server / completed : null,
    postgresCpuMsPerRequest: cpu && completed > 0 ? cpu.postgres / completed : null,
    rps: completed / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    kbPerResponse: completed > 0 ? result.throughput.total / completed / 1024 : 0,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    load: loadAverage(),
  };
}

const run = (url: string, connections: number, duration: number) => autocannon({ url, connections, duration, headers, timeout: 30 });

/** The middle value (the mean of the two middle ones for an even count): one disturbed round does not move it. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fixed = (n: number, digits = 0) => n.toFixed(digits);
const cpuCell = (ms: number | null) => (ms === null ? "n/a" : ms.toFixed(2));
const medianOf = (values: (number | null)[]) => (values.every((v): v is number => v !== null) ? median(values) : null);

export type ThroughputResult = { photo: Measurement[]; minimal: Measurement[]; ratio: number; cpuRatio: number | null; photoRps: number; minimalRps: number; photoP99: number; minimalP99: number };

export async function ssrThroughput(options: ThroughputOptions): Promise<{ section: Section; result: ThroughputResult }> {
  const connections = options.connections ?? 50;
  const duration = options.durationSeconds ?? 10;
  const warmup = options.warmupSeconds ?? 5;
  const rounds = options.rounds ?? 3;
  const cpuNow = () =>
    canMeasureCpu() && options.serverPid && options.pgDataDir ? { server: serverCpuMs(options.serverPid), postgres: postgresCpuMs(options.pgDataDir) } : null;
  const urls = { minimal: `${options.baseUrl}/bench/minimal`, photo: `${options.baseUrl}/photos/${options.photoSlug}` };
  await check(urls.minimal, "Baseline");
  await check(urls.photo, "srcset");

  // JIT, module caches, the pool's connections and Postgres' plan cache all warm up first.
  for (const url of [urls.minimal, urls.photo]) await run(url, connections, warmup);

  const measured: { minimal: Measurement[]; photo: Measurement[] } = { minimal: [], photo: [] };
  for (let round = 0; round < rounds; round++) {
    for (const key of ["minimal", "photo"] as const) {
      const before = cpuNow();
      const outcome = await run(urls[key], connections, duration);
      const after = cpuNow();
      const result = summarize(outcome, before && after ? { server: after.server - before.server, postgres: after.postgres - before.postgres } : null);
      measured[key].push(result);
      console.log(`  ${key} round ${round + 1}: ${fixed(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, server CPU ${cpuCell(result.serverCpuMsPerRequest)} ms/req (load ${result.load})`);
    }
  }
  const photoRps = median(measured.photo.map((m) => m.rps));
  const minimalRps = median(measured.minimal.map((m) => m.rps));
  const photoP99 = median(measured.photo.map((m) => m.p99));
  const minimalP99 = median(measured.minimal.map((m) => m.p99));
  // Rounds alternate, so round i of each route ran under the same conditions: compare them pairwise.
  const ratio = median(measured.photo.map((m, i) => m.rps / measured.minimal[i]!.rps));
  const ratioTarget = target(ratio >= 0.6, "target ≥ 0.6");
  const p99Target = target(photoP99 <= 150, "target ≤ 150 ms");
  // Whole CPU cost of a request (Node plus Postgres): what the ratio would be if nothing else ran.
  const costOf = (key: "photo" | "minimal") => {
    const server = medianOf(measured[key].map((m) => m.serverCpuMsPerRequest));
    const postgres = medianOf(measured[key].map((m) => m.postgresCpuMsPerRequest));
    return server === null || postgres === null ? null : { server, postgres, total: server + postgres };
  };
  const photoCost = costOf("photo");
  const minimalCost = costOf("minimal");
  const cpuRatio = photoCost && minimalCost ? minimalCost.total / photoCost.total : null;

  const rows = (["minimal", "photo"] as const).flatMap((key) =>
    measured[key].map((m, i) => [
      key === "photo" ? `\`/photos/${options.photoSlug}\`` : "`/bench/minimal`",
      i + 1,
      fixed(m.rps),
      m.p50,
      m.p99,
      m.max,
      fixed(m.kbPerResponse, 1),
      m.non2xx,
      m.errors,
      cpuCell(m.serverCpuMsPerRequest),
      cpuCell(m.postgresCpuMsPerRequest),
      m.load,
    ]),
  );

  const markdown = [
    "## SSR throughput: photo page against a minimal Remix route",
    "",
    measuredLine(options.workerNote),
    "",
    `autocannon, ${connections} connections, ${rounds} alternating rounds of ${duration} s per route after a ${warmup} s warm-up of each (headline numbers are medians of the rounds); a browser's \`Accept-Encoding\` (the HTML is compressed) and no cookie (a first visit: no session, so no cart query). \`/bench/minimal\` is the root layout and root loader around a one-line page, served by the same process in the same run, so the ratio is what the photo page's own loader, queries and markup cost. Both the load generator and the server (one Node process, plus Postgres) share the machine's cores. Requests per second and latencies depend on whatever else the machine runs (see the load average); the CPU milliseconds per request (from \`/proc\`, the server process and every Postgres process) do not, so the ratio of CPU costs is given as well.`,
    "",
    table(
      ["result", "value"],
      [
        ["photo page req/s", fixed(photoRps)],
        ["minimal route req/s", fixed(minimalRps)],
        ["ratio photo / minimal (median of the rounds' ratios)", `${ratio.toFixed(2)} — ${verdict(ratioTarget)}`],
        ["photo page p99", `${photoP99} ms — ${verdict(p99Target)}`],
        ["minimal route p99", `${minimalP99} ms`],
        ...(photoCost && minimalCost && cpuRatio !== null
          ? [
              ["CPU per request, photo page (Node + Postgres)", `${photoCost.server.toFixed(2)} + ${photoCost.postgres.toFixed(2)} ms`],
              ["CPU per request, minimal route (Node + Postgres)", `${minimalCost.server.toFixed(2)} + ${minimalCost.postgres.toFixed(2)} ms`],
              ["ratio from CPU cost (minimal / photo)", cpuRatio.toFixed(2)],
            ]
          : []),
      ],
    ),
    "",
    table(["route", "round", "req/s", "p50 ms", "p99 ms", "max ms", "KB/response", "non-2xx", "errors", "Node CPU ms/req", "Postgres CPU ms/req", "load avg after"], rows),
  ].join("\n");
  return { section: { id: "ssr-throughput", markdown }, result: { photo: measured.photo, minimal: measured.minimal, ratio, cpuRatio, photoRps, minimalRps, photoP99, minimalP99 } };
}
