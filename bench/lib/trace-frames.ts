// Each frame's main-thread time from a Chromium trace: within the `AnimationFrame` spans Chromium
// records for every frame (category devtools.timeline), the time the main thread spent in tasks
// (`RunTask`): an input event, the script it ran, style, layout, paint and commit. The span alone
// is not work: it opens when the previous frame ends, so on an idle page it lasts the whole 16.7 ms.
type TraceEvent = { name: string; ph: string; pid: number; tid?: number; ts: number; cat?: string; dur?: number; args?: Record<string, unknown> };

export type FrameWork = { frames: number; p50: number; p95: number; max: number; /** the main thread's task time by top-level trace event, ms */ busiest: { name: string; ms: number }[] };

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function eventsOf(trace: Buffer): TraceEvent[] {
  const parsed = JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The renderer that drew the page: the process with the most animation frames. */
function pageProcess(events: TraceEvent[]): number | undefined {
  const counts = new Map<number, number>();
  for (const e of events) if (e.name === "AnimationFrame" && e.ph === "b") counts.set(e.pid, (counts.get(e.pid) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Events that do not nest inside one another: script, then the steps of rendering, then garbage collection. */
const TIME_SINKS = ["FunctionCall", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "HitTest", "MinorGC", "MajorGC", "V8.GC_MC_INCREMENTAL"];

/** Where the main thread's time went. */
function busiest(events: TraceEvent[], pid: number): { name: string; ms: number }[] {
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid || e.ph !== "X" || !e.dur || !TIME_SINKS.includes(e.name)) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, ms]) => ({ name, ms }));
}

/** Microseconds of tasks inside the span (tasks cut at its edges); `tasks` sorted by start. */
function busyWithin(tasks: TraceEvent[], span: { begin: number; end: number }): number {
  let low = 0;
  let high = tasks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tasks[mid]!.ts + tasks[mid]!.dur! <= span.begin) low = mid + 1;
    else high = mid;
  }
  let busy = 0;
  for (let i = low; i < tasks.length && tasks[i]!.ts < span.end; i++) {
    busy += Math.min(span.end, tasks[i]!.ts + tasks[i]!.dur!) - Math.max(span.begin, tasks[i]!.ts);
  }
  return busy;
}

export function frameWork(trace: Buffer): FrameWork {
  const events = eventsOf(trace);
  const pid = pageProcess(events);
  if (pid === undefined) throw new Error("the trace holds no AnimationFrame events: is this Chromium older than 123?");
  // A frame's begin and end share one async track and never overlap, so they pair in order.
  const spans: { begin: number; end: number; tid?: number }[] = [];
  let begin: TraceEvent | undefined;
  for (const e of events.filter((x) => x.pid === pid && x.name === "AnimationFrame").sort((a, b) => a.ts - b.ts)) {
    if (e.ph === "b") begin = e;
    else if (e.ph === "e" && begin !== undefined) {
      spans.push({ begin: begin.ts, end: e.ts, tid: begin.tid });
      begin = undefined;
    }
  }
  const mainThread = spans[0]?.tid;
  const tasks = events.filter((e) => e.pid === pid && e.tid === mainThread && e.name === "RunTask" && e.ph === "X" && e.dur).sort((a, b) => a.ts - b.ts);
  const durations = spans.map((span) => busyWithin(tasks, span) / 1000);
  return { frames: durations.length, p50: percentile(durations, 0.5), p95: percentile(durations, 0.95), max: Math.max(0, ...durations), busiest: busiest(events, pid) };
}
