// Picks the language model once a process at boot: Claude when ANTHROPIC_API_KEY is set, the
// offline assistant otherwise (a fresh clone, and allowed in production, where it says so once).
import { createOfflineModel } from "../../chat/offline/offline-model";
import type { Env } from "../../env";
import type { Logger } from "../../log";
import { createAnthropicModel } from "./anthropic-model";
import type { LanguageModel } from "./types";

export type { LanguageModel, ModelEvent, ModelMessage, ModelRequest, ModelTool } from "./types";
export { ModelUnavailableError } from "./types";

type LanguageModelEnv = Pick<
  Env,
  "isProduction" | "ANTHROPIC_API_KEY" | "ANTHROPIC_MODEL" | "ANTHROPIC_BASE_URL" | "ANTHROPIC_TIMEOUT_MS" | "ANTHROPIC_STALL_TIMEOUT_MS" | "ANTHROPIC_MAX_RETRIES"
>;

/** Built once a process at boot and passed on; every process reads the host from the same parsed env. */
export function createLanguageModel(env: LanguageModelEnv, log?: Logger): LanguageModel {
  if (env.ANTHROPIC_API_KEY) {
    log?.info({ model: env.ANTHROPIC_MODEL, host: env.ANTHROPIC_BASE_URL ?? "api.anthropic.com" }, "assistant: Claude");
    return createAnthropicModel({
      apiKey: env.ANTHROPIC_API_KEY,
      model: env.ANTHROPIC_MODEL,
      baseURL: env.ANTHROPIC_BASE_URL,
      timeoutMs: env.ANTHROPIC_TIMEOUT_MS,
      stallTimeoutMs: env.ANTHROPIC_STALL_TIMEOUT_MS,
      maxRetries: env.ANTHROPIC_MAX_RETRIES,
      log,
    });
  }
  if (env.isProduction) log?.warn("assistant: the offline assistant answers (no ANTHROPIC_API_KEY); the chat panel says so to shoppers");
  else log?.info("assistant: the offline assistant (no ANTHROPIC_API_KEY)");
  return createOfflineModel();
}
