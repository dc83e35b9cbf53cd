// Claude behind our LanguageModel: one `messages.stream` call a model turn. The SDK's own timeout
// stops counting once the response headers arrive, so an idle watchdog of ours cuts a stream that
// then goes quiet; retries are the SDK's (before any byte streamed), bounded; every failure leaves
// here as a ModelUnavailableError with words a shopper may read, or as the caller's own abort.
import Anthropic, { APIConnectionError, APIError } from "@anthropic-ai/sdk";
import type { Logger } from "../../log";
import { toMessageParams } from "./anthropic-request";
import { ModelUnavailableError, type LanguageModel, type ModelEvent } from "./types";

export type AnthropicModelConfig = {
  apiKey: string;
  model: string;
  /** another host for the Messages API; Anthropic's own when unset */
  baseURL?: string;
  /** how long each attempt may wait for the response headers */
  timeoutMs: number;
  /** a stream that sends nothing for this long once its headers are in is cut off */
  stallTimeoutMs: number;
  maxRetries: number;
  log?: Logger;
};

type StopReason = Extract<ModelEvent, { type: "end" }>["stopReason"];

function stopReasonOf(reason: string | null): StopReason {
  switch (reason) {
    case "end_turn":
    case "tool_use":
    case "max_tokens":
    case "refusal":
      return reason;
    case "model_context_window_exceeded":
      return "max_tokens";
    default:
      return "other";
  }
}

/** A tool's input arrives as JSON in pieces; malformed JSON is handed on as the raw text, for the tool's schema to refuse. */
function parseToolInput(json: string): unknown {
  if (json.trim() === "") return {};
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

function unavailable(error: unknown): ModelUnavailableError {
  const options = { cause: error };
  if (error instanceof APIConnectionError) {
    return new ModelUnavailableError("timeout", "The assistant could not be reached in time. Please try again.", options);
  }
  if (error instanceof APIError) {
    // Statuses for errors before the stream; `type` for an `event: error` inside it.
    if (error.status === 429 || error.type === "rate_limit_error") {
      return new ModelUnavailableError("rate-limited", "The assistant is answering too many people right now. Please try again in a minute.", options);
    }
    if ((error.status !== undefined && error.status >= 500) || error.type === "overloaded_error" || error.type === "api_error") {
      return new ModelUnavailableError("overloaded", "The assistant is overloaded right now. Please try again in a few minutes.", options);
    }
  }
  return new ModelUnavailableError("failed", "The assistant could not answer. Please try again later.", options);
}

export function createAnthropicModel(config: AnthropicModelConfig): LanguageModel {
  const client = new Anthropic({
    apiKey: config.apiKey,
    // Explicit, so the SDK never picks a host from the environment behind env.ts's back.
    baseURL: config.baseURL ?? "https://api.anthropic.com",
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    ...(config.log ? { logger: config.log, logLevel: "warn" as const } : {}),
  });

  return {
    kind: "anthropic",
    model: config.model,
    async *stream(request, signal) {
      signal.throwIfAborted();
      const upstream = new AbortController();
      const abortUpstream = () => upstream.abort();
      signal.addEventListener("abort", abortUpstream, { once: true });
      let stalled = false;
      let watchdog: NodeJS.Timeout | undefined;
      const rearmWatchdog = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          stalled = true;
          upstream.abort();
        }, config.stallTimeoutMs);
      };

      const stream = client.messages.stream(toMessageParams(request, config.model), { signal: upstream.signal });
      // Armed when the headers arrive (before then the SDK's timeout counts) and at every event after.
      stream.on("connect", rearmWatchdog).on("streamEvent", rearmWatchdog);
      const toolCalls = new Map<number, { id: string; name: string; json: string }>();
      try {
        for await (const event of stream) {
          if (event.type === "content_block_start" && event.content_block.type === "tool_use") {
            toolCalls.set(event.index, { id: event.content_block.id, name: event.content_block.name, json: "" });
          } else if (event.type === "content_block_delta" && event.delta.type === "text_delta") {
            yield { type: "text", delta: event.delta.text };
          } else if (event.type === "content_block_delta" && event.delta.type === "input_json_delta") {
            const call = toolCalls.get(event.index);
            if (call) call.json += event.delta.partial_json;
          } else if (event.type === "content_block_stop") {
            const call = toolCalls.get(event.index);
            if (call) yield { type: "tool_use", id: call.id, name: call.name, input: parseToolInput(call.json) };
          }
        }
        // The iterator can end quietly on an error raised while nothing awaited it; this rethrows it.
        const message = await stream.finalMessage();
        const usage = message.usage;
        yield {
          type: "end",
          stopReason: stopReasonOf(message.stop_reason),
          usage: { inputTokens: usage.input_tokens + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0), outputTokens: usage.output_tokens },
        };
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (stalled) throw new ModelUnavailableError("stalled", "The assistant stopped answering. Please try again.", { cause: error });
        throw unavailable(error);
      } finally {
        clearTimeout(watchdog);
        signal.removeEventListener("abort", abortUpstream);
        // Also when the caller stops reading early: the connection closes instead of streaming on.
        upstream.abort();
      }
    },
  };
}
