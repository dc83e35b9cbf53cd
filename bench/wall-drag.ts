// Frame time while dragging a print in the wall editor: Chromium with its CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), a sample room with five catalogue prints on it, one of them
// dragged with the mouse in small steps. Each frame's interval comes from requestAnimationFrame in
// the page; each frame's main-thread work from a Chromium trace of the same run.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type CDPSession, type Page } from "playwright-core";
import { measuredLine, table, target, verdict, type Section } from "./lib/report";
import { frameWork, percentile, type FrameWork } from "./lib/trace-frames";

const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
/** As e2e/browser.ts: no network of its own, no sandbox (we run as root). */
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const CPU_SLOWDOWN = 4;
/** app/components/newsletter/newsletter-popup.tsx's cookie: set, the invitation never opens. */
const POPUP_COOKIE = "pr_newsletter_popup";
const PRINTS = 5;
/** One frame at 60 Hz. */
const TARGET_MS = 16;
/** Each added print is moved this many Shift+arrow presses (6 in each) from the centre, so no two overlap. */
const SPREAD: { key: string; presses: number }[] = [
  { key: "Shift+ArrowLeft", presses: 5 },
  { key: "Shift+ArrowRight", presses: 5 },
  { key: "Shift+ArrowLeft", presses: 10 },
  { key: "Shift+ArrowRight", presses: 10 },
];
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame"];

export type WallDragOptions = { baseUrl: string; photoSlug: string; /** mouse moves per drag pass */ steps?: number };

export type FrameStats = { scenario: string; frames: number; seconds: number; p50: number; p95: number; max: number; over: number; work: FrameWork };
export type WallDragResult = { rows: FrameStats[]; dragged: FrameStats; ratioToIdle: number; ratioToOnePrint: number; browser: string };

function stats(scenario: string, intervals: number[], seconds: number, work: FrameWork): FrameStats {
  return {
    scenario,
    frames: intervals.length,
    seconds,
    p50: percentile(intervals, 0.5),
    p95: percentile(intervals, 0.95),
    max: Math.max(...intervals),
    over: intervals.filter((ms) => ms > 1000 / 60 + 1).length,
    work,
  };
}

async function openEditor(page: Page, options: WallDragOptions): Promise<void> {
  // As a shopper comes: the photo page's link carries the photo and its variant to /wall.
  await page.goto(`${options.baseUrl}/photos/${options.photoSlug}`);
  await page.getByRole("link", { name: "See it on your wall" }).click();
  await page.getByRole("region", { name: "Try a sample room" }).getByRole("button").first().click();
  await page.getByRole("heading", { name: "4 · Place prints" }).waitFor();
  await page.getByText("1 of at most 12 prints").waitFor();
}

/** Four more prints from the catalogue through the picker, each moved aside with the keys. */
async function addPrints(page: Page): Promise<void> {
  for (const [i, spread] of SPREAD.slice(0, PRINTS - 1).entries()) {
    await page.getByRole("button", { name: "Add a print" }).click();
    const picker = page.getByRole("region", { name: "Choose a print to add" });
    // Card 0 may be the photo already on the wall; each pick is another photo.
    await picker.getByRole("button").nth(i + 1).click();
    await page.getByText(`${i + 2} of at most 12 prints`).waitFor();
    await page.getByRole("application").focus();
    for (let n = 0; n < spread.presses; n++) await page.keyboard.press(spread.key);
  }
}

const FIND_PRINT = `((wanted) => {
  const stage = window.Konva.stages.at(-1);
  const hits = new Map();
  for (let x = 2; x < stage.width(); x += 6) {
    for (let y = 2; y < stage.height(); y += 6) {
      const name = stage.getIntersection({ x, y })?.name();
      if (name?.startsWith("print-")) hits.set(name, [...(hits.get(name) ?? []), { x, y }]);
    }
  }
  const id = wanted ?? [...hits.keys()].sort().at(-1);
  const points = id ? hits.get(id) : undefined;
  if (!id || !points) throw new Error("no print " + (wanted ?? "") + " on the stage");
  const box = stage.container().getBoundingClientRect();
  return { id, x: box.left + points.reduce((s, p) => s + p.x, 0) / points.length, y: box.top + points.reduce((s, p) => s + p.y, 0) / points.length };
})`;

/** Where a print is on screen: the middle of the points Konva's hit canvas gives to it (or to the last print added). */
function printOnScreen(page: Page, printId: string | null): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(`${FIND_PRINT}(${JSON.stringify(printId)})`);
}

// Strings, not functions: tsx names arrow functions with a helper the page does not have.
const START_FRAMES = `(() => {
  window.benchFrames = [];
  window.benchStop = false;
  let last;
  const tick = (now) => {
    if (last !== undefined) window.benchFrames.push(now - last);
    last = now;
    if (!window.benchStop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = "(() => { window.benchStop = true; return window.benchFrames; })()";

/** Right, back left past the start, then halfway back: the print ends `dx / 2` left of where it was grabbed. */
async function drag(page: Page, from: { x: number; y: number }, dx: number, steps: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y + dx / 4, { steps });
  await page.mouse.move(from.x - dx, from.y, { steps: steps * 2 });
  await page.mouse.move(from.x - dx / 2, from.y, { steps: steps / 2 });
  await page.mouse.up();
}

async function measure(browser: Browser, page: Page, cdp: CDPSession, scenario: string, action: () => Promise<unknown>): Promise<FrameStats> {
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.evaluate(START_FRAMES);
  const startedAt = performance.now();
  await action();
  const seconds = (performance.now() - startedAt) / 1000;
  const intervals = await page.evaluate<number[]>(STOP_FRAMES);
  const trace = await browser.stopTracing();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  if (process.env.BENCH_WALL_TRACE_DIR) writeFileSync(path.join(process.env.BENCH_WALL_TRACE_DIR, `wall-drag-${scenario.replace(/\W+/g, "-")}.json`), trace);
  const row = stats(scenario, intervals, seconds, frameWork(trace));
  console.log(`  ${scenario}: ${row.frames} frames in ${seconds.toFixed(1)} s, interval p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, max ${row.max.toFixed(1)} ms; main-thread work a frame p95 ${row.work.p95.toFixed(1)} ms; ${row.work.busiest.map((b) => `${b.name} ${b.ms.toFixed(0)} ms`).join(", ")}`);
  return row;
}

/** The drag must have moved the print, or the frames measured nothing; checked once the page has caught up. */
async function expectMoved(page: Page, grab: { id: string; x: number }, dx: number): Promise<void> {
  await page.waitForTimeout(500);
  const landed = await printOnScreen(page, grab.id);
  const dropped = grab.x - dx / 2;
  if (Math.abs(landed.x - dropped) > 40) throw new Error(`${grab.id} did not follow the mouse: dropped at x ${dropped.toFixed(0)}, found at ${landed.x.toFixed(0)}`);
}

export async function wallDrag(options: WallDragOptions): Promise<{ section: Section; result: WallDragResult }> {
  const steps = options.steps ?? 120;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    context.setDefaultTimeout(60_000);
    // A returning visitor: the newsletter's modal, 30 s into a first visit, would end a drag under it.
    await context.addCookies([{ name: POPUP_COOKIE, value: "done", url: options.baseUrl }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await openEditor(page, options);
    await page.waitForLoadState("networkidle");
    const dx = 160;
    const first = await printOnScreen(page, null);
    const onePrint = await measure(browser, page, cdp, "drag, 1 print on the wall", () => drag(page, first, dx, steps));
    await expectMoved(page, first, dx);
    await addPrints(page);
    await page.waitForLoadState("networkidle");
    // Let the shapes settle into their cached bitmaps, as they do once the shopper stops.
    await page.mouse.click(5, 5);
    await page.waitForTimeout(1000);
    const idleFor = onePrint.seconds * 1000;
    const idle = await measure(browser, page, cdp, `no drag, ${PRINTS} prints`, () => page.waitForTimeout(idleFor));
    const last = await printOnScreen(page, null);
    const dragged = await measure(browser, page, cdp, `drag, ${PRINTS} prints on the wall`, () => drag(page, last, dx, steps));
    await expectMoved(page, last, dx);
    const browserVersion = browser.version();
    const result: WallDragResult = { rows: [idle, onePrint, dragged], dragged, ratioToIdle: dragged.p95 / idle.p95, ratioToOnePrint: dragged.p95 / onePrint.p95, browser: browserVersion };
    return { section: { id: "wall-drag", markdown: report(result, steps, dx) }, result };
  } finally {
    await browser.close();
  }
}

function report(result: WallDragResult, steps: number, dx: number): string {
  const ms = (n: number) => n.toFixed(1);
  const met = target(result.dragged.work.p95 <= TARGET_MS && result.dragged.p95 <= 1000 / 60 + 1, `p95 ≤ ${TARGET_MS} ms of main-thread work a frame, and frames every 16.7 ms`);
  return [
    "### Dragging a print",
    "",
    measuredLine(`Chromium ${result.browser}, CPU throttled ${CPU_SLOWDOWN}× through CDP, 1280 × 900 viewport, device pixel ratio 1`),
    "",
    `A sample room in the editor at \`/wall\`, ${PRINTS} catalogue prints on it (the photo page's print, then four more through "Add a print"), one dragged with the mouse: ${steps} moves ${dx} px right, ${steps * 2} back ${2 * dx} px, ${steps / 2} forward again, each move a CDP mouse event as Playwright sends them (as fast as the page takes them). _Interval_ is the time between one requestAnimationFrame and the next in the page: what the shopper sees (16.7 ms is every frame at 60 Hz). _Work_ is each frame's main-thread time from a Chromium trace of the same run: the time its tasks ran within the frame's \`AnimationFrame\` span (the pointer event, the script, style, layout, paint and the commit, where Chromium rasterizes a changed canvas), not the span itself, which opens when the previous frame ends and so lasts a whole frame even on an idle page (\`bench/lib/trace-frames.ts\`). \`BENCH_WALL_TRACE_DIR=folder\` keeps each scenario's trace for the DevTools Performance panel. The baselines are the same page with the same ${PRINTS} prints and no drag, and the same drag with one print on the wall.`,
    "",
    `Target: ${verdict(met)}.`,
    "",
    table(
      ["scenario", "frames", "interval p50", "interval p95", "interval max", "frames later than 17.7 ms", "work p50", "work p95", "work max"],
      result.rows.map((r) => [r.scenario, r.frames, `${ms(r.p50)} ms`, `${ms(r.p95)} ms`, `${ms(r.max)} ms`, r.over, `${ms(r.work.p50)} ms`, `${ms(r.work.p95)} ms`, `${ms(r.work.max)} ms`]),
    ),
    "",
    `Ratios in this run: interval p95 of the ${PRINTS}-print drag ÷ no drag ${result.ratioToIdle.toFixed(2)}, ÷ the 1-print drag ${result.ratioToOnePrint.toFixed(2)}.`,
  ].join("\n");
}
