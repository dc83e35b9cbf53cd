// The assistant's streaming path: the production server with ANTHROPIC_BASE_URL pointed at a local
// stand-in for the Messages API (test/anthropic-api.ts, in this process, so its clock is ours), and
// shoppers calling chat.start and chat.send through the real tRPC client on its streaming link.
// Measured: what the server adds to the first streamed token over the stand-in's own first byte,
// one turn at a time and with 20 conversations at once.
import { createTRPCClient, httpBatchLink, httpBatchStreamLink, splitLink } from "@trpc/client";
import { performance } from "node:perf_hooks";
import type { ChatEvent } from "../server/chat/events";
import type { AppRouter } from "../server/trpc/root";
import { startAnthropicApiServer, textReply, toolUseReply, type AnthropicReply, type MessagesRequestBody, type RecordedMessagesRequest } from "../test/anthropic-api";
import { loadAverage, measuredLine, table, target, verdict, type Section } from "./lib/report";
import { freePort, productionEnv, startServer, webProcesses } from "./lib/server";

export type ChatLatencyOptions = { appDir: string; dataDir: string; databaseUrl: string; logFile: string };

/** A turn as the shopper saw it, and the stand-in's request that produced its first text. */
type TimedTurn = { sentAt: number; firstTextAt: number | undefined; doneAt: number; events: ChatEvent[]; tag: string };

const ANSWER = "Here are three prints that suit a warm room: Harbour at Dawn, Salt Marsh Evening and Dune Light. Each comes on paper, canvas or metal, from 8×10 in up to 40×60 in.";
/** messages an hour a session and an address may send (server/chat/chat-limits.ts): each shopper stays under it */
const TURNS_PER_SHOPPER = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summary(ms: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
}

const tagOf = (text: string) => /#(c\d+t\d+)/.exec(text)?.[1];

function lastUserText(body: MessagesRequestBody): string {
  const last = body.messages.at(-1)!;
  const blocks = typeof last.content === "string" ? [{ type: "text", text: last.content }] : last.content;
  return blocks.map((b) => (b.type === "text" ? String(b.text) : "")).join(" ");
}

/** The stand-in's script: a search for "sunset" first calls search_photos, everything else is answered in text. */
function scripted(body: MessagesRequestBody): AnthropicReply {
  const last = body.messages.at(-1)!;
  const afterTool = Array.isArray(last.content) && last.content.some((b) => b.type === "tool_result");
  const streaming = { chunkSize: 12, eventDelayMs: 10, usage: { inputTokens: 900, outputTokens: 60 } };
  if (!afterTool && lastUserText(body).includes("sunset")) return toolUseReply("search_photos", { query: "sunset", limit: 4 }, streaming);
  return textReply(ANSWER, streaming);
}

/** One shopper: its own session cookie and client address, as behind the load balancer. */
function shopper(baseUrl: string, address: string) {
  let cookie: string | undefined;
  const fetchWithSession: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("x-forwarded-for", address);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(input, { ...init, headers });
    const set = /^(pr_session=[^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    if (set) cookie = set;
    return response;
  };
  const url = `${baseUrl}/api/trpc`;
  const client = createTRPCClient<AppRouter>({
    links: [splitLink({ condition: (op) => op.path === "chat.send", true: httpBatchStreamLink({ url, maxItems: 1, fetch: fetchWithSession }), false: httpBatchLink({ url, fetch: fetchWithSession }) })],
  });
  return {
    start: () => client.chat.start.mutate(),
    async send(conversationId: string, text: string): Promise<TimedTurn> {
      const sentAt = performance.now();
      let firstTextAt: number | undefined;
      const events: ChatEvent[] = [];
      for await (const event of await client.chat.send.mutate({ conversationId, text })) {
        if (event.type === "text" && firstTextAt === undefined) firstTextAt = performance.now();
        events.push(event);
      }
      const last = events.at(-1);
      if (last?.type !== "done" || last.stopped) throw new Error(`a turn did not end with done: ${JSON.stringify(last)}`);
      return { sentAt, firstTextAt, doneAt: performance.now(), events, tag: tagOf(text)! };
    },
  };
}

/** The stand-in's request whose stream gave this turn its first text: its conversation's first with text while the turn ran. */
function modelCallOf(turn: TimedTurn, requests: RecordedMessagesRequest[]): RecordedMessagesRequest {
  const mark = new RegExp(`#${turn.tag}(?!\\d)`);
  const found = requests.find((r) => r.receivedAt >= turn.sentAt && r.receivedAt <= turn.doneAt && r.firstTextAt !== undefined && mark.test(JSON.stringify(r.body?.messages)));
  if (!found) throw new Error(`no model call streamed text for turn ${turn.tag}`);
  return found;
}

/** Over the stand-in: the whole wait to the first token minus the stand-in's own time to its first text byte. */
const addedMs = (turn: TimedTurn, call: RecordedMessagesRequest) => turn.firstTextAt! - turn.sentAt - (call.firstTextAt! - call.receivedAt);
/** Before the model is called: the session, the checks, saving the message, the history, the daily cap, the SDK's request. */
const beforeModelMs = (turn: TimedTurn, call: RecordedMessagesRequest) => call.receivedAt - turn.sentAt;
/** The relay alone: the stand-in writes its first text, the shopper reads it. */
const relayMs = (turn: TimedTurn, call: RecordedMessagesRequest) => turn.firstTextAt! - call.firstTextAt!;

const fixed = (n: number, digits = 1) => n.toFixed(digits);

type Summary = ReturnType<typeof summary>;

export type ChatLatencyResult = { alone: { added: Summary; before: Summary; relay: Summary }; concurrent: { added: Summary; relay: Summary; turnMs: Summary; turns: number } };

export async function chatLatency(options: ChatLatencyOptions): Promise<{ section: Section; result: ChatLatencyResult }> {
  const warmup = 10;
  const measuredTurns = 60;
  const conversations = 20;
  const api = await startAnthropicApiServer();
  api.respondWith(scripted);
  const server = await startServer({
    appDir: options.appDir,
    env: { ...productionEnv({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, port: await freePort() }), WORKER: "off", ANTHROPIC_API_KEY: "sk-ant-bench-never-billed", ANTHROPIC_BASE_URL: api.url },
    logFile: options.logFile,
  });
  try {
    // One turn at a time: shoppers of TURNS_PER_SHOPPER turns each, one conversation apiece.
    const alone: { added: number[]; before: number[]; relay: number[] } = { added: [], before: [], relay: [] };
    for (let s = 0; s * TURNS_PER_SHOPPER < warmup + measuredTurns; s++) {
      const one = shopper(server.url, `198.51.100.${s + 1}`);
      const { conversationId } = await one.start();
      for (let t = 0; t < TURNS_PER_SHOPPER && s * TURNS_PER_SHOPPER + t < warmup + measuredTurns; t++) {
        const turn = await one.send(conversationId, `Which prints suit a warm living room? #c${s}t${t}`);
        if (s * TURNS_PER_SHOPPER + t < warmup) continue;
        const call = modelCallOf(turn, api.requests);
        alone.added.push(addedMs(turn, call));
        alone.before.push(beforeModelMs(turn, call));
        alone.relay.push(relayMs(turn, call));
      }
    }
    console.log(`  one at a time: added p95 ${fixed(summary(alone.added).p95)} ms over ${alone.added.length} turns (load ${loadAverage()})`);

    // 20 conversations at once, three turns each: a search (a tool round first), two answers in text.
    const turns = ["Show me sunset prints", "Which sizes does the first one come in?", "And in canvas?"];
    const concurrentStartedAt = performance.now();
    const timed = await Promise.all(
      Array.from({ length: conversations }, async (_, c) => {
        const one = shopper(server.url, `203.0.113.${c + 1}`);
        const { conversationId } = await one.start();
        const done: TimedTurn[] = [];
        for (const [t, text] of turns.entries()) done.push(await one.send(conversationId, `${text} #c${100 + c}t${t}`));
        return done;
      }),
    );
    const wallSeconds = (performance.now() - concurrentStartedAt) / 1000;
    const all = timed.flat();
    const textOnly = all.filter((turn) => !turn.events.some((e) => e.type === "tool-started"));
    const searched = all.filter((turn) => turn.events.some((e) => e.type === "tool-finished" && e.ok));
    if (searched.length !== conversations) throw new Error(`expected ${conversations} searches that ran search_photos, saw ${searched.length}`);
    const concurrent = {
      added: summary(textOnly.map((turn) => addedMs(turn, modelCallOf(turn, api.requests)))),
      relay: summary(all.map((turn) => relayMs(turn, modelCallOf(turn, api.requests)))),
      turnMs: summary(all.map((turn) => turn.doneAt - turn.sentAt)),
      turns: all.length,
    };
    console.log(`  ${conversations} at once: added p95 ${fixed(concurrent.added.p95)} ms, relay p95 ${fixed(concurrent.relay.p95)} ms, turn p95 ${fixed(concurrent.turnMs.p95, 0)} ms (load ${loadAverage()})`);

    const result: ChatLatencyResult = { alone: { added: summary(alone.added), before: summary(alone.before), relay: summary(alone.relay) }, concurrent };
    const p95Target = target(result.alone.added.p95 <= 30, "target ≤ 30 ms");
    const row = (label: string, s: { p50: number; p95: number; max: number }, note = "") => [label, fixed(s.p50), fixed(s.p95) + note, fixed(s.max)];
    const markdown = [
      "## The assistant: the server's added latency to the first streamed token",
      "",
      measuredLine("worker off"),
      "",
      `The production server (${webProcesses()} web processes) with \`ANTHROPIC_BASE_URL\` pointed at a local stand-in for Anthropic's Messages API (\`test/anthropic-api.ts\`, the real SDK on the server's side), which streams each answer as SSE, ${ANSWER.length} characters in 12-character \`text_delta\`s 10 ms apart. Shoppers call \`chat.start\` and then \`chat.send\` through \`@trpc/client\`'s \`httpBatchStreamLink\` on a link of its own, as the chat panel does, each with its own session and client address (\`X-Forwarded-For\`, believed from loopback), under the 30-an-hour limits. The stand-in runs in the benchmark's process, so its clock and the shopper's are one. **Added** is the wait from sending the message to reading the first token, less the stand-in's own time from receiving the model request to writing its first text: what the server spends (the session, the ownership and rate-limit checks, saving the message, the history and the daily cap, the SDK's request) and relays. **Relay** is from the stand-in writing its first text to the shopper reading it. ${warmup} turns first, not measured.`,
      "",
      table(
        ["", "p50 ms", "p95 ms", "max ms"],
        [
          row(`added, one turn at a time (${alone.added.length} turns)`, result.alone.added, ` — ${verdict(p95Target)}`),
          row("… of which before the model call", result.alone.before),
          row("… of which the relay", result.alone.relay),
          row(`added, ${conversations} conversations at once (${textOnly.length} text turns)`, concurrent.added),
          row(`relay, ${conversations} conversations at once (${all.length} turns)`, concurrent.relay),
          row("whole turn, 20 at once (a search runs search_photos on the seeded catalogue first)", concurrent.turnMs),
        ],
      ),
      "",
      `${conversations} conversations of three turns each (“Show me sunset prints” calls \`search_photos\` and then answers; two follow-ups answer in text) ran at once in ${fixed(wallSeconds)} s; every turn ended with \`done\`, and every search ran its tool.`,
    ].join("\n");
    return { section: { id: "chat-latency", markdown }, result };
  } finally {
    await server.stop();
    await api.close();
  }
}
