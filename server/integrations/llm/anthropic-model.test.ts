import { describe, expect, it } from "vitest";
import { startAnthropicApiServer, textReply, toolUseReply, type MessagesRequestBody } from "../../../test/anthropic-api";
import { atFileEnd } from "../../../test/cleanup";
import { createAnthropicModel, type AnthropicModelConfig } from "./anthropic-model";
import { ModelUnavailableError, type ModelEvent, type ModelRequest } from "./types";

// The SDK reads keys, tokens, hosts and headers from ANTHROPIC_* variables: none may leak in.
for (const name of Object.keys(process.env)) if (name.startsWith("ANTHROPIC_")) delete process.env[name];

const api = await startAnthropicApiServer();
atFileEnd(api.close);

const modelFor = (overrides: Partial<AnthropicModelConfig> = {}) =>
  createAnthropicModel({ apiKey: "sk-ant-test-key", model: "claude-haiku-5-5", baseURL: api.url, timeoutMs: 5000, stallTimeoutMs: 300, maxRetries: 2, ...overrides });
const model = modelFor();

const request = (overrides: Partial<ModelRequest> = {}): ModelRequest => ({
  system: "You are the shop's assistant.",
  messages: [{ role: "user", content: [{ type: "text", text: "Sunset prints?" }] }],
  tools: [{ name: "search_photos", description: "Finds photos.", inputSchema: { type: "object", properties: { query: { type: "string" } } } }],
  maxOutputTokens: 512,
  ...overrides,
});

async function collect(events: AsyncIterable<ModelEvent>): Promise<ModelEvent[]> {
  const seen: ModelEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

async function failureOf(events: AsyncIterable<ModelEvent>): Promise<unknown> {
  try {
    await collect(events);
  } catch (error) {
    return error;
  }
  throw new Error("the stream did not fail");
}

const lastBody = () => api.requests.at(-1)!.body as MessagesRequestBody;

describe("the Anthropic model through the real SDK against a local Messages API", () => {
  it("streams text as deltas and ends with the stop reason and usage", async () => {
    api.reply(textReply("Here are three sunsets from the coast.", { chunkSize: 6, usage: { inputTokens: 120, outputTokens: 14 } }));
    const events = await collect(model.stream(request(), new AbortController().signal));
    const deltas = events.filter((e) => e.type === "text");
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.map((e) => e.delta).join("")).toBe("Here are three sunsets from the coast.");
    expect(events.at(-1)).toEqual({ type: "end", stopReason: "end_turn", usage: { inputTokens: 120, outputTokens: 14 } });
    expect(model).toMatchObject({ kind: "anthropic", model: "claude-haiku-5-5" });
  });

  it("sends the key as a Bearer token and the request in the Messages API's shape, with no temperature", async () => {
    api.reply(textReply("It is a lovely print."));
    await collect(
      model.stream(
        request({
          messages: [
            { role: "user", content: [{ type: "text", text: "Would this suit my wall?" }, { type: "image", image: { mediaType: "image/jpeg", base64: "AAEC" } }] },
            { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "search_photos", input: { query: "sunset" } }] },
            { role: "user", content: [{ type: "tool_result", toolUseId: "toolu_1", content: '{"data":{"photos":[]}}', isError: false }] },
          ],
        }),
        new AbortController().signal,
      ),
    );
    const recorded = api.requests.at(-1)!;
    expect(recorded.headers.authorization).toBe("Bearer sk-ant-test-key");
    expect(recorded.headers["x-api-key"]).toBeUndefined();
    expect(lastBody()).toMatchObject({
      model: "claude-haiku-5-5",
      max_tokens: 512,
      stream: true,
      system: "You are the shop's assistant.",
      tools: [{ name: "search_photos", description: "Finds photos.", input_schema: { type: "object", properties: { query: { type: "string" } } } }],
      messages: [
        { role: "user", content: [{ type: "text", text: "Would this suit my wall?" }, { type: "image", source: { type: "base64", media_type: "image/jpeg", data: "AAEC" } }] },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "search_photos", input: { query: "sunset" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: '{"data":{"photos":[]}}', is_error: false }] },
      ],
    });
    expect(lastBody()).not.toHaveProperty("temperature");
  });

  it("gives a tool call once, whole, after its JSON arrived in chunks", async () => {
    const input = { query: "sunset over the harbour", orientation: "landscape", maxPriceCents: 12000 };
    api.reply(toolUseReply("search_photos", input, { text: "Let me look.", id: "toolu_sunset", chunkSize: 4 }));
    const events = await collect(model.stream(request(), new AbortController().signal));
    expect(events.filter((e) => e.type === "tool_use")).toEqual([{ type: "tool_use", id: "toolu_sunset", name: "search_photos", input }]);
    expect(events.map((e) => e.type).indexOf("tool_use")).toBeGreaterThan(events.map((e) => e.type).lastIndexOf("text"));
    expect(events.at(-1)).toMatchObject({ type: "end", stopReason: "tool_use" });
  });

  it("hands malformed tool JSON on as text for the tool's schema to refuse, and sends it back as an empty object", async () => {
    api.reply({ content: [{ type: "tool_use", id: "toolu_bad", name: "search_photos", rawJson: '{"query": ' }] });
    const events = await collect(model.stream(request(), new AbortController().signal));
    expect(events.find((e) => e.type === "tool_use")).toMatchObject({ input: '{"query": ' });
    api.reply(textReply("Sorry."));
    await collect(
      model.stream(
        request({
          messages: [
            { role: "user", content: [{ type: "text", text: "hi" }] },
            { role: "assistant", content: [{ type: "tool_use", id: "toolu_bad", name: "search_photos", input: '{"query": ' }] },
            { role: "user", content: [{ type: "tool_result", toolUseId: "toolu_bad", content: '{"error":"invalid input"}', isError: true }] },
          ],
        }),
        new AbortController().signal,
      ),
    );
    expect(lastBody().messages[1]!.content).toEqual([{ type: "tool_use", id: "toolu_bad", name: "search_photos", input: {} }]);
  });

  it("cuts off a stream that stalls after its headers, closing the connection", async () => {
    const before = api.closedMidStream();
    api.reply({ stall: true });
    const startedAt = Date.now();
    const error = await failureOf(model.stream(request(), new AbortController().signal));
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(error).toMatchObject({ reason: "stalled", message: "The assistant stopped answering. Please try again." });
    expect(Date.now() - startedAt).toBeLessThan(3000);
    await api.waitForClosedMidStream(before + 1);
  });

  it("cuts off a stream that goes quiet halfway, after the text it had sent", async () => {
    api.reply(textReply("The harbour at dawn is our most popular print.", { stallAfterEvents: 5 }));
    const seen: ModelEvent[] = [];
    const error = await (async () => {
      try {
        for await (const event of model.stream(request(), new AbortController().signal)) seen.push(event);
      } catch (caught) {
        return caught;
      }
    })();
    expect(seen.some((e) => e.type === "text")).toBe(true);
    expect(error).toMatchObject({ name: "ModelUnavailableError", reason: "stalled" });
  });

  it("retries a 500 within its bounds and then answers", async () => {
    const before = api.requests.length;
    api.reply({ status: 500, retryAfterSeconds: 0.01 }, { status: 529, retryAfterSeconds: 0.01 }, textReply("Back again."));
    const events = await collect(model.stream(request(), new AbortController().signal));
    expect(events.filter((e) => e.type === "text").map((e) => e.delta).join("")).toBe("Back again.");
    expect(api.requests.length - before).toBe(3);
  });

  it("gives up on 429 after two retries with a clear message", async () => {
    const before = api.requests.length;
    api.reply(...Array.from({ length: 4 }, () => ({ status: 429, retryAfterSeconds: 0.01 })));
    const error = await failureOf(model.stream(request(), new AbortController().signal));
    expect(error).toMatchObject({ name: "ModelUnavailableError", reason: "rate-limited", message: "The assistant is answering too many people right now. Please try again in a minute." });
    expect(api.requests.length - before).toBe(3);
    api.reply(textReply("left over"));
    await collect(model.stream(request(), new AbortController().signal));
  });

  it("gives up on 5xx after two retries as overloaded", async () => {
    const before = api.requests.length;
    api.reply({ status: 500, retryAfterSeconds: 0.01 }, { status: 503, retryAfterSeconds: 0.01 }, { status: 529, retryAfterSeconds: 0.01 });
    const error = await failureOf(model.stream(request(), new AbortController().signal));
    expect(error).toMatchObject({ name: "ModelUnavailableError", reason: "overloaded", message: "The assistant is overloaded right now. Please try again in a few minutes." });
    expect(api.requests.length - before).toBe(3);
  });

  it("turns an error event inside the stream into a ModelUnavailableError, without a retry", async () => {
    const before = api.requests.length;
    api.reply(textReply("Let me see", { errorAfterEvents: { events: 4, type: "overloaded_error", message: "Overloaded" } }));
    const error = await failureOf(model.stream(request(), new AbortController().signal));
    expect(error).toMatchObject({ name: "ModelUnavailableError", reason: "overloaded" });
    expect(api.requests.length - before).toBe(1);
  });

  it("does not retry a request the API refuses, and says it failed", async () => {
    api.reply({ status: 400, message: "messages: text content blocks must be non-empty" });
    const error = await failureOf(model.stream(request(), new AbortController().signal));
    expect(error).toMatchObject({ name: "ModelUnavailableError", reason: "failed", message: "The assistant could not answer. Please try again later." });
    expect((error as Error).cause).toMatchObject({ status: 400 });
  });

  it("reports a host it cannot reach as a timeout", async () => {
    const closed = await startAnthropicApiServer();
    await closed.close();
    const error = await failureOf(modelFor({ baseURL: closed.url, maxRetries: 0 }).stream(request(), new AbortController().signal));
    expect(error).toMatchObject({ name: "ModelUnavailableError", reason: "timeout" });
  });

  it("stops at once when the caller aborts mid-stream, throwing the abort and closing the upstream connection", async () => {
    const before = api.closedMidStream();
    api.reply(textReply("A long answer about paper, canvas and metal prints, one word at a time.", { chunkSize: 3, eventDelayMs: 30 }));
    const controller = new AbortController();
    const seen: ModelEvent[] = [];
    const error = await (async () => {
      try {
        for await (const event of model.stream(request(), controller.signal)) {
          seen.push(event);
          if (seen.length === 2) controller.abort();
        }
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(error).not.toBeInstanceOf(ModelUnavailableError);
    expect(seen).toHaveLength(2);
    await api.waitForClosedMidStream(before + 1);
    expect(api.requests.at(-1)!.closedByClient).toBe(true);
  });

  it("closes the upstream connection when the caller stops reading early", async () => {
    const before = api.closedMidStream();
    api.reply(textReply("Another long answer, sent slowly enough to be cut off.", { chunkSize: 3, eventDelayMs: 30 }));
    for await (const event of model.stream(request(), new AbortController().signal)) {
      if (event.type === "text") break;
    }
    await api.waitForClosedMidStream(before + 1);
  });

  it("throws the abort at once for a signal that was already aborted, calling nothing", async () => {
    const before = api.requests.length;
    const controller = new AbortController();
    controller.abort();
    await expect(collect(model.stream(request(), controller.signal))).rejects.toMatchObject({ name: "AbortError" });
    expect(api.requests.length).toBe(before);
  });
});
