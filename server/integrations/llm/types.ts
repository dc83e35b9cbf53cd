// The one interface every language model sits behind: Anthropic's Messages API when a key is set,
// the offline assistant otherwise. Shaped after the Messages API so the Anthropic adapter is thin,
// but owned by us so the tool loop and its tests never see SDK types.

/** A tool the model may call: its name, what it is for, and its input as JSON Schema. */
export interface ModelTool {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

export type ModelImage = { mediaType: "image/jpeg" | "image/png" | "image/webp"; base64: string };

export type ModelContent =
  | { type: "text"; text: string }
  | { type: "image"; image: ModelImage }
  | { type: "tool_use"; id: string; name: string; input: unknown }
  /** always data for the model to read, never instructions: the loop wraps it so */
  | { type: "tool_result"; toolUseId: string; content: string; isError: boolean };

export interface ModelMessage {
  role: "user" | "assistant";
  content: ModelContent[];
}

export interface ModelRequest {
  system: string;
  messages: ModelMessage[];
  tools: ModelTool[];
  maxOutputTokens: number;
}

export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
}

/** What a model call streams, in order: text deltas and whole tool calls, then one `end`. */
export type ModelEvent =
  | { type: "text"; delta: string }
  /** a tool call, given only once its input is complete (Anthropic's content_block_stop) */
  | { type: "tool_use"; id: string; name: string; input: unknown }
  | { type: "end"; stopReason: "end_turn" | "tool_use" | "max_tokens" | "refusal" | "other"; usage: ModelUsage };

/** Why a model call failed, in words the shopper may see; the cause is logged, never shown. */
export class ModelUnavailableError extends Error {
  constructor(
    readonly reason: "timeout" | "stalled" | "rate-limited" | "overloaded" | "refused" | "failed",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ModelUnavailableError";
  }
}

export interface LanguageModel {
  /** "anthropic" or "offline": the chat panel says plainly when it is the offline assistant */
  readonly kind: "anthropic" | "offline";
  readonly model: string;
  /**
   * Streams one model turn. Aborting `signal` stops it at once and closes any upstream
   * connection; the iterator then throws the signal's reason (an AbortError).
   * Throws ModelUnavailableError when the model cannot answer (after bounded retries).
   */
  stream(request: ModelRequest, signal: AbortSignal): AsyncIterable<ModelEvent>;
}
