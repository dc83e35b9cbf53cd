// Server-rendering throughput: autocannon against the photo page and the minimal Remix route of
// the same server, in alternating rounds, so both see the same machine and the same noise. The
// photo page is measured twice: rendered for every request (`Cache-Control: no-cache`, as a hard
// reload asks, bypasses the page cache) and as an anonymous shopper is served it (from the page
// cache after the first request, docs/decisions/012-page-cache.md).
import autocannon, { type Result } from "autocannon";
import { canMeasureCpu, postgresCpuMs, serverCpuMs } from "./lib/cpu";
import { loadAverage, measuredLine, table, target, verdict, type Section } from "./lib/report";
import { webProcesses } from "./lib/server";

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
const renderEveryTime = { ...headers, "cache-control": "no-cache" };

const KEYS = ["minimal", "photo", "served"] as const;
type Key = (typeof KEYS)[number];
const requestHeaders: Record<Key, Record<string, string>> = { minimal: renderEveryTime, photo: renderEveryTime, served: headers };

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

const run = (url: string, connections: number, duration: number, sent: Record<string, string>) => autocannon({ url, connections, duration, headers: sent, timeout: 30 });

/** The middle value (the mean of the two middle ones for an even count): one disturbed round does not move it. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fixed = (n: number, digits = 0) => n.toFixed(digits);
const cpuCell = (ms: number | null) => (ms === null ? "n/a" : ms.toFixed(2));
const medianOf = (values: (number | null)[]) => (values.every((v): v is number => v !== null) ? median(values) : null);

export type ThroughputResult = {
  measured: Record<Key, Measurement[]>;
  ratio: number;
  servedRatio: number;
  cpuRatio: number | null;
  photoRps: number;
  servedRps: number;
  minimalRps: number;
  photoP99: number;
  servedP99: number;
  minimalP99: number;
};

export async function ssrThroughput(options: ThroughputOptions): Promise<{ section: Section; result: ThroughputResult }> {
  const connections = options.connections ?? 50;
  const duration = options.durationSeconds ?? 10;
  const warmup = options.warmupSeconds ?? 5;
  const rounds = options.rounds ?? 5;
  const cpuNow = () =>
    canMeasureCpu() && options.serverPid && options.pgDataDir ? { server: serverCpuMs(options.serverPid), postgres: postgresCpuMs(options.pgDataDir) } : null;
  const photoUrl = `${options.baseUrl}/photos/${options.photoSlug}`;
  const urls: Record<Key, string> = { minimal: `${options.baseUrl}/bench/minimal`, photo: photoUrl, served: photoUrl };
  await check(urls.minimal, "Baseline");
  await check(urls.photo, "srcset");

  // JIT, module caches, the pool's connections and Postgres' plan cache all warm up first.
  for (const key of KEYS) await run(urls[key], connections, warmup, requestHeaders[key]);

  const measured: Record<Key, Measurement[]> = { minimal: [], photo: [], served: [] };
  for (let round = 0; round < rounds; round++) {
    for (const key of KEYS) {
      const before = cpuNow();
      const outcome = await run(urls[key], connections, duration, requestHeaders[key]);
      const after = cpuNow();
      const result = summarize(outcome, before && after ? { server: after.server - before.server, postgres: after.postgres - before.postgres } : null);
      measured[key].push(result);
      console.log(`  ${key} round ${round + 1}: ${fixed(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, server CPU ${cpuCell(result.serverCpuMsPerRequest)} ms/req (load ${result.load})`);
    }
  }
  const photoRps = median(measured.photo.map((m) => m.rps));
  const servedRps = median(measured.served.map((m) => m.rps));
  const minimalRps = median(measured.minimal.map((m) => m.rps));
  const photoP99 = median(measured.photo.map((m) => m.p99));
  const servedP99 = median(measured.served.map((m) => m.p99));
  const minimalP99 = median(measured.minimal.map((m) => m.p99));
  // Rounds alternate, so round i of each route ran under the same conditions: compare them pairwise.
  const ratio = median(measured.photo.map((m, i) => m.rps / measured.minimal[i]!.rps));
  const servedRatio = median(measured.served.map((m, i) => m.rps / measured.minimal[i]!.rps));
  const ratioTarget = target(ratio >= 0.6, "target ≥ 0.6");
  const servedRatioTarget = target(servedRatio >= 0.6, "target ≥ 0.6");
  const p99Target = target(photoP99 <= 150, "target ≤ 150 ms");
  const servedP99Target = target(servedP99 <= 150, "target ≤ 150 ms");
  // Whole CPU cost of a request (Node plus Postgres): what the ratio would be if nothing else ran.
  const costOf = (key: Key) => {
    const server = medianOf(measured[key].map((m) => m.serverCpuMsPerRequest));
    const postgres = medianOf(measured[key].map((m) => m.postgresCpuMsPerRequest));
    return server === null || postgres === null ? null : { server, postgres, total: server + postgres };
  };
  const photoCost = costOf("photo");
  const minimalCost = costOf("minimal");
  const cpuRatio = photoCost && minimalCost ? minimalCost.total / photoCost.total : null;

  const label: Record<Key, string> = {
    minimal: "`/bench/minimal`, rendered",
    photo: `\`/photos/${options.photoSlug}\`, rendered`,
    served: `\`/photos/${options.photoSlug}\`, served`,
  };
  const rows = KEYS.flatMap((key) =>
    measured[key].map((m, i) => [
      label[key],
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
    `autocannon, ${connections} connections, ${rounds} alternating rounds of ${duration} s per measurement after a ${warmup} s warm-up of each (headline numbers are medians of the rounds); a browser's \`Accept-Encoding\` (the HTML is compressed) and no cookie (a first visit: no session, so no cart query). \`/bench/minimal\` is the root layout and root loader around a one-line page, served by the same server in the same run. The photo page is measured twice: **rendered** (the request says \`Cache-Control: no-cache\`, as a hard reload does, so the loader, the queries and React run for every request: the ratio is what the page's own loader, queries and markup cost) and **served** (what every anonymous shopper gets: the page cache answers from the kept, precompressed page — docs/decisions/012-page-cache.md). The minimal route is never kept, so it is rendered in both comparisons. The load generator, the server (${webProcesses()} web processes, one per core as in production: decision 014) and Postgres share the machine's cores; requests per second and latencies depend on whatever else the machine runs (see the load average), the CPU milliseconds per request (from \`/proc\`) much less, so the ratio of CPU costs is given as well.`,
    "",
    table(
      ["result", "value"],
      [
        ["photo page, served: req/s", fixed(servedRps)],
        ["photo page, served: p99", `${servedP99} ms — ${verdict(servedP99Target)}`],
        ["photo page, served ÷ minimal route", `${servedRatio.toFixed(2)} — ${verdict(servedRatioTarget)}`],
        ["photo page, rendered: req/s", fixed(photoRps)],
        ["photo page, rendered: p99", `${photoP99} ms — ${verdict(p99Target)}`],
        ["photo page, rendered ÷ minimal route (median of the rounds' ratios)", `${ratio.toFixed(2)} — ${verdict(ratioTarget)}`],
        ["minimal route: req/s", fixed(minimalRps)],
        ["minimal route: p99", `${minimalP99} ms`],
        ...(photoCost && minimalCost && cpuRatio !== null
          ? [
              ["CPU per request, photo page rendered (Node + Postgres)", `${photoCost.server.toFixed(2)} + ${photoCost.postgres.toFixed(2)} ms`],
              ["CPU per request, minimal route (Node + Postgres)", `${minimalCost.server.toFixed(2)} + ${minimalCost.postgres.toFixed(2)} ms`],
              ["rendered ratio from CPU cost (minimal / photo)", cpuRatio.toFixed(2)],
            ]
          : []),
      ],
    ),
    "",
    table(["measurement", "round", "req/s", "p50 ms", "p99 ms", "max ms", "KB/response", "non-2xx", "errors", "Node CPU ms/req", "Postgres CPU ms/req", "load avg after"], rows),
  ].join("\n");
  return { section: { id: "ssr-throughput", markdown }, result: { measured, ratio, servedRatio, cpuRatio, photoRps, servedRps, minimalRps, photoP99, servedP99, minimalP99 } };
}
