// Reading a model request as the offline assistant needs it: the shopper's latest words, the tool
// calls made for them so far, and what earlier turns showed (for "the first one", "it").
import type { ModelMessage, ModelRequest } from "../../integrations/llm/types";

export type ToolStep = { id: string; name: string; input: unknown; ok: boolean; data: unknown; error?: string };

export type Conversation = {
  /** the text of the shopper's latest message (tool results are not the shopper's words) */
  text: string;
  /** the shopper's message before it, for a reply that only completes it ("ada@example.com") */
  previousText: string | undefined;
  /** whether the shopper attached a picture (or the loop noted an attachment) to the latest message */
  hasImage: boolean;
  /** the tool rounds of this turn so far, oldest first */
  steps: ToolStep[];
  /** the tool rounds of earlier turns, oldest first */
  earlierSteps: ToolStep[];
  /** what the assistant said in earlier turns, oldest first */
  earlierAnswers: string[];
  /** tool names the request offers: nothing else is ever called */
  tools: Set<string>;
  round: number;
};

const textsOf = (message: ModelMessage) => message.content.flatMap((block) => (block.type === "text" ? [block.text] : []));
const textOf = (message: ModelMessage) => textsOf(message).join("\n").trim();
/** The shopper's own words are the message's first text; the loop may add a note about an attachment after it. */
const shopperWords = (message: ModelMessage) => (textsOf(message)[0] ?? "").trim();

const isShopperMessage = (message: ModelMessage) => message.role === "user" && message.content.some((block) => block.type === "text" || block.type === "image");

/** A tool result is `{ data }` or `{ error }` as JSON; anything else is read as no data at all. */
export function parseToolResult(content: string, isError: boolean): { ok: boolean; data: unknown; error?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return isError ? { ok: false, data: undefined, error: undefined } : { ok: true, data: undefined };
  }
  const record = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (isError || "error" in record) return { ok: false, data: undefined, error: typeof record.error === "string" ? record.error : undefined };
  return { ok: true, data: record.data };
}

function stepsIn(messages: ModelMessage[]): ToolStep[] {
  const calls = new Map<string, { name: string; input: unknown }>();
  const steps: ToolStep[] = [];
  for (const message of messages) {
    for (const block of message.content) {
      if (block.type === "tool_use" && message.role === "assistant") calls.set(block.id, { name: block.name, input: block.input });
      if (block.type === "tool_result" && message.role === "user") {
        const call = calls.get(block.toolUseId);
        if (call) steps.push({ id: block.toolUseId, ...call, ...parseToolResult(block.content, block.isError) });
      }
    }
  }
  return steps;
}

export function readConversation(request: ModelRequest): Conversation {
  const { messages } = request;
  let start = messages.length - 1;
  while (start >= 0 && !isShopperMessage(messages[start]!)) start--;
  const latest = messages[start];
  let before = start - 1;
  while (before >= 0 && !isShopperMessage(messages[before]!)) before--;
  const earlier = messages.slice(0, Math.max(start, 0));
  const turn = messages.slice(Math.max(start, 0));
  return {
    text: latest ? shopperWords(latest) : "",
    previousText: before >= 0 ? shopperWords(messages[before]!) : undefined,
    hasImage: (latest?.content.some((block) => block.type === "image") || (latest && textsOf(latest).length > 1)) ?? false,
    steps: stepsIn(turn),
    earlierSteps: stepsIn(earlier),
    earlierAnswers: earlier.filter((m) => m.role === "assistant").map(textOf).filter(Boolean),
    tools: new Set(request.tools.map((tool) => tool.name)),
    round: turn.filter((m) => m.role === "assistant").length,
  };
}
