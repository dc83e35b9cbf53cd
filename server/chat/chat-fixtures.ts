// Test helpers for the assistant: a shopper's chat context (their own session, the server's
// limits), Claude through the real SDK pointed at the local Messages API, and a turn's events.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { startAnthropicApiServer, type AnthropicApiServer } from "../../test/anthropic-api";
import { testEnv } from "../../test/app-server";
import { atFileEnd } from "../../test/cleanup";
import { routeContext, testSession } from "../../test/route-context";
import type { Env } from "../env";
import { createAnthropicModel } from "../integrations/llm/anthropic-model";
import type { LanguageModel } from "../integrations/llm/types";
import type { RateLimits } from "../rate-limits/rate-limits";
import { createCaller } from "../trpc/root";
import type { TrpcContext } from "../trpc/init";
import { startConversation } from "./conversations";
import type { ChatEvent } from "./events";
import { runTurn, type ChatContext } from "./run-turn";

// The SDK reads keys and hosts from ANTHROPIC_* variables: none may leak into a test.
for (const name of Object.keys(process.env)) if (name.startsWith("ANTHROPIC_")) delete process.env[name];

export async function claudeAgainstDouble(): Promise<{ api: AnthropicApiServer; llm: LanguageModel }> {
  const api = await startAnthropicApiServer();
  atFileEnd(api.close);
  const llm = createAnthropicModel({ apiKey: "sk-ant-test-key", model: "claude-haiku-5-5", baseURL: api.url, timeoutMs: 5000, stallTimeoutMs: 2000, maxRetries: 0 });
  return { api, llm };
}

let shoppers = 0;

export type ChatShopper = { ctx: ChatContext; sessionId: string; api: ReturnType<typeof createCaller>["chat"]; cart: ReturnType<typeof createCaller>["cart"] };

/** A shopper with a session of their own (and a client address of their own unless given). */
export function chatShopper(db: Db, llm: LanguageModel, options: { env?: Env; clientIp?: string; rateLimits?: RateLimits } = {}): ChatShopper {
  const sessionId = randomUUID();
  const ctx = routeContext(db, options.env ?? testEnv(), {
    session: testSession(sessionId),
    llm,
    clientIp: options.clientIp ?? `198.51.100.${++shoppers % 250}`,
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  }) as unknown as ChatContext & TrpcContext;
  const caller = createCaller(ctx);
  return { ctx, sessionId, api: caller.chat, cart: caller.cart };
}

export async function collectEvents(events: AsyncIterable<ChatEvent>): Promise<ChatEvent[]> {
  const seen: ChatEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

/** One message in a new conversation of the shopper's; the events and the conversation's id. */
export async function sendInNewConversation(shopper: ChatShopper, text: string, signal = new AbortController().signal) {
  const { conversationId } = await startConversation(shopper.ctx.db, shopper.sessionId);
  const events = await collectEvents(runTurn(shopper.ctx, { conversationId, text }, signal));
  return { conversationId, events };
}

export const textOf = (events: ChatEvent[]) => events.flatMap((e) => (e.type === "text" ? [e.delta] : [])).join("");
