// The history a model request carries: the last 50 stored messages, then whole turns dropped from
// the oldest until it fits the token budget (finding 14), cleaned so every tool call the model
// sees has its result (a stopped or failed answer may end mid-round).
import { and, desc, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { chatMessages } from "../../db/schema/index";
import type { ModelContent, ModelMessage } from "../integrations/llm/types";
import { estimateTokens } from "./usage";

export const HISTORY_MESSAGES = 50;
/** Estimated tokens (characters / 4) of history a request may carry, the current message included. */
export const HISTORY_TOKEN_BUDGET = 24_000;

type StoredMessage = { role: "user" | "assistant"; content: ModelMessage[] };

/**
 * The conversation's last 50 messages, the new one (`current`, being saved at the same time and
 * left out of the query) last: read alongside its insert, not after it.
 */
export async function loadRecentMessages(db: DbOrTx, conversationId: string, current: { id: string; message: StoredMessage }): Promise<StoredMessage[]> {
  const rows = await db
    .select({ role: chatMessages.role, content: chatMessages.content })
    .from(chatMessages)
    .where(and(eq(chatMessages.conversationId, conversationId), ne(chatMessages.id, current.id)))
    .orderBy(desc(chatMessages.createdAt), desc(chatMessages.id))
    .limit(HISTORY_MESSAGES - 1);
  return [...rows.reverse(), current.message];
}

/** Stored messages grouped into turns, each opened by a shopper's message. */
function turnsOf(messages: StoredMessage[]): StoredMessage[][] {
  const turns: StoredMessage[][] = [];
  for (const message of messages) {
    if (message.role === "user" || turns.length === 0) turns.push([message]);
    else turns[turns.length - 1]!.push(message);
  }
  // A turn whose shopper's message fell outside the window is no turn at all.
  return turns.filter((turn) => turn[0]!.role === "user");
}

export function historyWithinBudget(messages: StoredMessage[], budget = HISTORY_TOKEN_BUDGET): ModelMessage[] {
  const turns = turnsOf(messages);
  const cost = turns.map((turn) => estimateTokens(turn.map((m) => m.content)));
  let total = cost.reduce((a, b) => a + b, 0);
  let first = 0;
  // The newest turn (the message being answered) always stays.
  while (total > budget && first < turns.length - 1) total -= cost[first++]!;
  return wellFormed(turns.slice(first).flat().flatMap((m) => m.content));
}

/** Tool calls without results (and results without calls) removed, empty messages dropped, same roles merged. */
export function wellFormed(messages: ModelMessage[]): ModelMessage[] {
  const paired = new Set<string>();
  messages.forEach((message, i) => {
    if (message.role !== "assistant") return;
    const next = messages[i + 1];
    const results = new Set(next?.role === "user" ? next.content.flatMap((c) => (c.type === "tool_result" ? [c.toolUseId] : [])) : []);
    for (const block of message.content) if (block.type === "tool_use" && results.has(block.id)) paired.add(block.id);
  });
  const keep = (block: ModelContent) =>
    block.type === "tool_use" ? paired.has(block.id) : block.type === "tool_result" ? paired.has(block.toolUseId) : block.type !== "text" || block.text !== "";
  const merged: ModelMessage[] = [];
  for (const message of messages) {
    const content = message.content.filter(keep);
    if (content.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.role === message.role) last.content = [...last.content, ...content];
    else merged.push({ role: message.role, content });
  }
  while (merged[0] && merged[0].role !== "user") merged.shift();
  return merged;
}
