// A local HTTP server that speaks Anthropic's Messages streaming protocol (POST /v1/messages with
// `stream: true`, answered as SSE), so the real `@anthropic-ai/sdk` runs end to end against it
// (ANTHROPIC_BASE_URL or `baseURL` points it here). Tests script whole conversations — a queue of
// replies, or a function of the request — and read back every request and whether the client hung
// up mid-stream. Free of vitest: the chat benchmark runs it too. The caller stops it with `close()`.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

export type ScriptedBlock =
  | { type: "text"; text: string }
  /** `id` defaults to toolu_<n>; the input's JSON is streamed in several input_json_delta chunks */
  | { type: "tool_use"; name: string; input: unknown; id?: string }
  /** a tool call whose input JSON is sent exactly as given, e.g. malformed */
  | { type: "tool_use"; name: string; rawJson: string; id?: string };

export type StreamedReply = {
  content: ScriptedBlock[];
  /** defaults to "tool_use" when a block is a tool call, else "end_turn" */
  stopReason?: "end_turn" | "tool_use" | "max_tokens" | "refusal" | "stop_sequence" | "pause_turn";
  usage?: { inputTokens: number; outputTokens: number };
  /** characters a text_delta / input_json_delta carries (default 8 for text, 5 for tool JSON) */
  chunkSize?: number;
  /** pause before each event after the first, in ms (default 0: sent as fast as the socket takes them) */
  eventDelayMs?: number;
  /** after this many events the server sends nothing more and keeps the connection open (a stall mid-stream) */
  stallAfterEvents?: number;
  /** after this many events the server sends `event: error` with this error and ends the response */
  errorAfterEvents?: { events: number; type?: string; message?: string };
};

export type AnthropicReply =
  | StreamedReply
  /** an HTTP error with Anthropic's JSON body ({ type: "error", error: { type, message } }) */
  | { status: number; type?: string; message?: string; retryAfterSeconds?: number }
  /** 200 and the SSE headers, then nothing at all until the client gives up */
  | { stall: true };

export type RecordedMessagesRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** the parsed JSON body (undefined if it was not JSON) */
  body: MessagesRequestBody | undefined;
  /** performance.now() when the request's body had arrived */
  receivedAt: number;
  /** performance.now() when the first text_delta was written, if one was */
  firstTextAt: number | undefined;
  /** the client closed the connection before the reply was complete */
  closedByClient: boolean;
};

/** The parts of a Messages request body tests look at; the rest is kept as sent. */
export type MessagesRequestBody = {
  model: string;
  max_tokens: number;
  stream?: boolean;
  system?: unknown;
  messages: { role: "user" | "assistant"; content: string | Record<string, unknown>[] }[];
  tools?: { name: string; description?: string; input_schema: Record<string, unknown> }[];
  [key: string]: unknown;
};

export type Responder = (body: MessagesRequestBody, index: number) => AnthropicReply | Promise<AnthropicReply>;

export type AnthropicApiServer = {
  /** the base URL for the SDK's `baseURL` (no /v1) */
  url: string;
  requests: RecordedMessagesRequest[];
  /** queues replies, answered in order before the responder is asked */
  reply(...replies: AnthropicReply[]): void;
  /** answers every request the queue does not: a function of the request body (and its index) */
  respondWith(responder: Responder | undefined): void;
  /** how many replies the client cut off before they were complete */
  closedMidStream(): number;
  /** resolves when the client next cuts a reply off (or at once if `count` have been already) */
  waitForClosedMidStream(count?: number): Promise<void>;
  close(): Promise<void>;
};

/** A reply streaming these words as text, ending the turn. */
export function textReply(text: string, options: Omit<StreamedReply, "content"> = {}): StreamedReply {
  return { content: [{ type: "text", text }], ...options };
}

/** A reply calling one tool (optionally after a line of text), ending with stop_reason tool_use. */
export function toolUseReply(name: string, input: unknown, options: { text?: string; id?: string } & Omit<StreamedReply, "content"> = {}): StreamedReply {
  const { text, id, ...rest } = options;
  return { content: [...(text ? [{ type: "text" as const, text }] : []), { type: "tool_use", name, input, ...(id ? { id } : {}) }], ...rest };
}

function chunks(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts.length > 0 ? parts : [""];
}

let messageCounter = 0;
let toolCounter = 0;

/** The SSE events of a reply, in Anthropic's order. */
function eventsOf(reply: StreamedReply, model: string): { event: string; data: object }[] {
  const usage = reply.usage ?? { inputTokens: 25, outputTokens: 10 };
  const stopReason = reply.stopReason ?? (reply.content.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn");
  const events: { event: string; data: object }[] = [
    {
      event: "message_start",
      data: {
        type: "message_start",
        message: { id: `msg_double_${++messageCounter}`, type: "message", role: "assistant", model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: usage.inputTokens, output_tokens: 1 } },
      },
    },
    { event: "ping", data: { type: "ping" } },
  ];
  reply.content.forEach((block, index) => {
    if (block.type === "text") {
      events.push({ event: "content_block_start", data: { type: "content_block_start", index, content_block: { type: "text", text: "" } } });
      for (const text of chunks(block.text, reply.chunkSize ?? 8)) {
        events.push({ event: "content_block_delta", data: { type: "content_block_delta", index, delta: { type: "text_delta", text } } });
      }
    } else {
      const id = block.id ?? `toolu_double_${++toolCounter}`;
      events.push({ event: "content_block_start", data: { type: "content_block_start", index, content_block: { type: "tool_use", id, name: block.name, input: {} } } });
      // Anthropic opens a tool's input with an empty partial_json, then sends the JSON in pieces.
      for (const partial_json of ["", ...chunks("rawJson" in block ? block.rawJson : JSON.stringify(block.input), reply.chunkSize ?? 5)]) {
        events.push({ event: "content_block_delta", data: { type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json } } });
      }
    }
    events.push({ event: "content_block_stop", data: { type: "content_block_stop", index } });
  });
  events.push({ event: "message_delta", data: { type: "message_delta", delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: usage.outputTokens } } });
  events.push({ event: "message_stop", data: { type: "message_stop" } });
  return events;
}

/** What the real API refuses with 400 before streaming: the checks a client's bugs would trip. */
function invalidRequest(body: MessagesRequestBody | undefined): string | undefined {
  if (!body || typeof body !== "object") return "The request body is not valid JSON.";
  if (typeof body.model !== "string" || body.model === "") return "model: Field required";
  if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) return "max_tokens: Field required";
  if (!Array.isArray(body.messages) || body.messages.length === 0) return "messages: at least one message is required";
  if (body.messages[0]!.role !== "user") return "messages: first message must use the \"user\" role";
  for (const [i, message] of body.messages.entries()) {
    if (message.role !== "user" && message.role !== "assistant") return `messages.${i}.role: Input should be 'user' or 'assistant'`;
    if (i > 0 && body.messages[i - 1]!.role === message.role) return `messages: roles must alternate between "user" and "assistant" (messages.${i})`;
    const blocks = Array.isArray(message.content) ? message.content : [];
    const toolUseIds = blocks.filter((b) => b.type === "tool_use").map((b) => b.id);
    if (toolUseIds.length === 0) continue;
    const next = body.messages[i + 1];
    const answered = new Set((Array.isArray(next?.content) ? next.content : []).filter((b) => b.type === "tool_result").map((b) => b.tool_use_id));
    const missing = toolUseIds.find((id) => !answered.has(id));
    if (next && missing !== undefined) return `messages.${i + 1}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${String(missing)}`;
  }
  if ("temperature" in body) return "temperature: Extra inputs are not permitted";
  return undefined;
}

function sendError(res: ServerResponse, status: number, type: string, message: string, retryAfterSeconds?: number) {
  res.writeHead(status, {
    "content-type": "application/json",
    "request-id": `req_double_${++messageCounter}`,
    ...(retryAfterSeconds !== undefined ? { "retry-after": String(retryAfterSeconds) } : {}),
  });
  res.end(JSON.stringify({ type: "error", error: { type, message }, request_id: `req_double_${messageCounter}` }));
}

const ERROR_TYPES: Record<number, string> = { 400: "invalid_request_error", 401: "authentication_error", 403: "permission_error", 404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error", 500: "api_error", 529: "overloaded_error" };

export async function startAnthropicApiServer(): Promise<AnthropicApiServer> {
  const requests: RecordedMessagesRequest[] = [];
  const queue: AnthropicReply[] = [];
  let responder: Responder | undefined;
  let cutOff = 0;
  let closeWaiters: { count: number; resolve: () => void }[] = [];
  let index = 0;

  const noteCutOff = (record: RecordedMessagesRequest) => {
    record.closedByClient = true;
    cutOff++;
    const [due, waiting] = [closeWaiters.filter((w) => cutOff >= w.count), closeWaiters.filter((w) => cutOff < w.count)];
    closeWaiters = waiting;
    for (const waiter of due) waiter.resolve();
  };

  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      void (async () => {
        const path = new URL(req.url ?? "/", "http://anthropic.local").pathname;
        let body: MessagesRequestBody | undefined;
        try {
          body = JSON.parse(raw) as MessagesRequestBody;
        } catch {
          body = undefined;
        }
        const record: RecordedMessagesRequest = { method: req.method ?? "", path, headers: req.headers, body, receivedAt: performance.now(), firstTextAt: undefined, closedByClient: false };
        requests.push(record);
        if (req.method !== "POST" || path !== "/v1/messages") return sendError(res, 404, "not_found_error", `Not found: ${req.method} ${path}`);
        const auth = req.headers.authorization ?? req.headers["x-api-key"];
        if (!auth || (typeof auth === "string" && auth.startsWith("Bearer ") && auth.length <= "Bearer ".length)) {
          return sendError(res, 401, "authentication_error", "invalid x-api-key");
        }
        const invalid = invalidRequest(body);
        if (invalid) return sendError(res, 400, "invalid_request_error", invalid);
        const reply = queue.shift() ?? (await responder?.(body!, index));
        index++;
        if (!reply) return sendError(res, 400, "invalid_request_error", `the Anthropic API double has no scripted reply for request ${index}`);
        if ("status" in reply) return sendError(res, reply.status, reply.type ?? ERROR_TYPES[reply.status] ?? "api_error", reply.message ?? `scripted ${reply.status}`, reply.retryAfterSeconds);

        res.on("close", () => {
          if (!res.writableFinished) noteCutOff(record);
        });
        res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive", "request-id": `req_double_${++messageCounter}` });
        res.flushHeaders();
        if ("stall" in reply) return;

        const events = eventsOf(reply, body!.model);
        for (const [n, { event, data }] of events.entries()) {
          if (res.destroyed) return;
          if (reply.stallAfterEvents !== undefined && n >= reply.stallAfterEvents) return;
          if (reply.errorAfterEvents && n >= reply.errorAfterEvents.events) {
            const error = { type: reply.errorAfterEvents.type ?? "overloaded_error", message: reply.errorAfterEvents.message ?? "Overloaded" };
            res.end(`event: error\ndata: ${JSON.stringify({ type: "error", error })}\n\n`);
            return;
          }
          if (n > 0 && reply.eventDelayMs) await new Promise((resolve) => setTimeout(resolve, reply.eventDelayMs));
          if (res.destroyed) return;
          if (record.firstTextAt === undefined && "delta" in data && (data.delta as { type?: string }).type === "text_delta") record.firstTextAt = performance.now();
          res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        }
        res.end();
      })().catch((error: unknown) => {
        if (!res.headersSent) sendError(res, 500, "api_error", `the Anthropic API double failed: ${String(error)}`);
        else res.destroy();
      });
    });
  });
  server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    reply: (...replies) => void queue.push(...replies),
    respondWith: (next) => (responder = next),
    closedMidStream: () => cutOff,
    waitForClosedMidStream: (count = cutOff + 1) =>
      new Promise<void>((resolve) => {
        if (cutOff >= count) resolve();
        else closeWaiters.push({ count, resolve });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
