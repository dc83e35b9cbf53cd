// The offline assistant: a deterministic model of our own behind the LanguageModel interface, used
// when no ANTHROPIC_API_KEY is set. It plans from the shopper's words (plan.ts), calls the same
// tools through the same loop, and streams its answer a few words at a time like a real model.
import type { LanguageModel, ModelEvent, ModelRequest } from "../../integrations/llm/types";
import { estimateTokens } from "../usage";
import { readConversation } from "./conversation";
import { nextMove } from "./plan";

export type OfflineModelOptions = {
  /** pause between streamed pieces of text, so the panel shows streaming and Stop has time to act */
  deltaDelayMs?: number;
};

export const OFFLINE_MODEL_NAME = "printroom-offline-1";
const DEFAULT_DELTA_DELAY_MS = 30;
const WORDS_PER_DELTA = 3;

/** Text in pieces of a few words, each keeping its trailing space or line break. */
export function textDeltas(text: string, wordsPerDelta = WORDS_PER_DELTA): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const leading = /^\s+/.exec(text)?.[0] ?? "";
  const deltas: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerDelta) deltas.push(tokens.slice(i, i + wordsPerDelta).join(""));
  if (leading && deltas.length) deltas[0] = leading + deltas[0];
  return deltas;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Cuts an answer to the request's output budget, as a real model stops at max_tokens. */
function withinBudget(text: string, maxOutputTokens: number): { text: string; cut: boolean } {
  const maxChars = Math.max(0, maxOutputTokens) * 4;
  return text.length <= maxChars ? { text, cut: false } : { text: text.slice(0, maxChars), cut: true };
}

export function createOfflineModel(options: OfflineModelOptions = {}): LanguageModel {
  const delayMs = options.deltaDelayMs ?? DEFAULT_DELTA_DELAY_MS;
  return {
    kind: "offline",
    model: OFFLINE_MODEL_NAME,
    async *stream(request: ModelRequest, signal: AbortSignal): AsyncIterable<ModelEvent> {
      if (signal.aborted) throw abortError(signal);
      const inputTokens = estimateTokens(request.system + JSON.stringify(request.messages) + JSON.stringify(request.tools));
      const conversation = readConversation(request);
      const move = nextMove(conversation);
      if ("calls" in move) {
        let output = 0;
        for (const [i, call] of move.calls.entries()) {
          // Unique in the conversation: the round's position in the history and the call's in the round.
          yield { type: "tool_use", id: `toolu_offline_${request.messages.length}_${i}`, name: call.name, input: call.input };
          output += estimateTokens(call.name + JSON.stringify(call.input));
        }
        yield { type: "end", stopReason: "tool_use", usage: { inputTokens, outputTokens: output } };
        return;
      }
      const { text, cut } = withinBudget(move.answer, request.maxOutputTokens);
      for (const delta of textDeltas(text)) {
        await pause(delayMs, signal);
        yield { type: "text", delta };
      }
      yield { type: "end", stopReason: cut ? "max_tokens" : "end_turn", usage: { inputTokens, outputTokens: estimateTokens(text) } };
    },
  };
}
