// One turn of the assistant, the only way to send a message (chat.send and the /assistant page both
// come here): the shopper's message saved first, then the tool loop on the model's stream (at most
// six tool rounds, tools run in parallel), usage counted per conversation and against the shop's
// daily cap, and the answer saved at the end — complete, stopped by the shopper, or failed.
// A model call is never repeated here: a failure ends the turn (the adapter's bounded retries aside).
import { randomUUID } from "node:crypto";
import { chatMessages } from "../../db/schema/index";
import { badInput } from "../errors";
import { ModelUnavailableError, type LanguageModel, type ModelMessage, type ModelRequest, type ModelUsage } from "../integrations/llm/types";
import { touchConversation, type OwnedConversation } from "./conversations";
import type { ChatEvent, ChatToolDisplay } from "./events";
import { historyWithinBudget, loadRecentMessages } from "./history";
import { sendMessageSchema, type SendMessageInput } from "./inputs";
import { runTool, type ToolCall } from "./run-tool";
import { SYSTEM_PROMPT } from "./system-prompt";
import { modelTools, toolNamed } from "./tools/index";
import { checkTurn } from "./turn-checks";
import type { ToolContext } from "./tools/tool";
import { ASSISTANT_BUSY, dailyCapReached, estimateTokens, recordUsage } from "./usage";

export type ChatContext = ToolContext & { llm: LanguageModel };

export const MAX_TOOL_ROUNDS = 6;
export const MAX_OUTPUT_TOKENS = 1024;

const ROUND_LIMIT_NOTE = "\n\nThat took more steps than I can take for one message. Could you ask again, a little more specifically?";
const WALL_PHOTO_NOTE = "[The shopper attached a photo of their room; it is stored and being analysed for the wall editor.]";
const SOMETHING_WRONG = "Something went wrong on our side; please try again in a moment.";

export type PreparedTurn = { ctx: ChatContext; conversation: OwnedConversation; text: string; wallPhotoId: string | null };

/** The checks before anything is saved or spent: the input, ownership, the hourly limits, the attachment's owner. */
export async function prepareTurn(ctx: ChatContext, input: SendMessageInput): Promise<PreparedTurn> {
  const parsed = sendMessageSchema.safeParse(input);
  if (!parsed.success) throw badInput([...new Set(parsed.error.issues.map((i) => i.message))].join(" "));
  const wallPhotoId = parsed.data.wallPhotoId ?? null;
  const conversation = await checkTurn(ctx.db, { conversationId: parsed.data.conversationId, sessionId: ctx.session.id, clientIp: ctx.clientIp, wallPhotoId });
  return { ctx, conversation, text: parsed.data.text, wallPhotoId };
}

/** What the shopper has been shown so far, and what the model said and read, kept for saving. */
type Answer = {
  text: string;
  messages: ModelMessage[];
  displays: ChatToolDisplay[];
  usage: ModelUsage;
  /** a model call under way: counted by its size if it never reports its usage */
  pending: { request: ModelRequest; text: string } | null;
  saved: boolean;
};

const isAbort = (error: unknown, signal: AbortSignal) => signal.aborted || (error instanceof Error && (error.name === "AbortError" || error.name === "APIUserAbortError"));

export async function* streamTurn(turn: PreparedTurn, signal: AbortSignal): AsyncGenerator<ChatEvent, void, undefined> {
  const { ctx, conversation } = turn;
  const messageId = randomUUID();
  const userMessage: ModelMessage = { role: "user", content: [{ type: "text", text: turn.text }, ...(turn.wallPhotoId ? [{ type: "text" as const, text: WALL_PHOTO_NOTE }] : [])] };
  // Independent round trips go together: the first token waits on every one of them.
  const userMessageId = randomUUID();
  const [, , cappedAtStart, recent] = await Promise.all([
    ctx.db.insert(chatMessages).values({ id: userMessageId, conversationId: conversation.id, role: "user", text: turn.text, content: [userMessage], wallPhotoId: turn.wallPhotoId }),
    touchConversation(ctx.db, conversation.id, turn.text),
    dailyCapReached(ctx.db, ctx.env.CHAT_DAILY_TOKEN_CAP),
    loadRecentMessages(ctx.db, conversation.id, { id: userMessageId, message: { role: "user", content: [userMessage] } }),
  ]);
  yield { type: "started", conversationId: conversation.id, messageId, assistant: ctx.llm.kind };

  const answer: Answer = { text: "", messages: [], displays: [], usage: { inputTokens: 0, outputTokens: 0 }, pending: null, saved: false };

  async function count(usage: ModelUsage) {
    answer.usage = { inputTokens: answer.usage.inputTokens + usage.inputTokens, outputTokens: answer.usage.outputTokens + usage.outputTokens };
    await recordUsage(ctx.db, conversation.id, usage);
  }

  async function save(status: "complete" | "stopped" | "failed", shownText = answer.text) {
    if (answer.saved) return;
    answer.saved = true;
    const pending = answer.pending;
    answer.pending = null;
    if (pending) {
      if (pending.text) answer.messages.push({ role: "assistant", content: [{ type: "text", text: pending.text }] });
      await count({ inputTokens: estimateTokens(pending.request), outputTokens: estimateTokens(pending.text) });
    }
    await ctx.db.insert(chatMessages).values({ id: messageId, conversationId: conversation.id, role: "assistant", text: shownText, content: answer.messages, displays: answer.displays, status });
    await touchConversation(ctx.db, conversation.id, turn.text);
  }

  try {
    const history = historyWithinBudget(recent);
    for (let round = 0; ; round++) {
      if (round === 0 ? cappedAtStart : await dailyCapReached(ctx.db, ctx.env.CHAT_DAILY_TOKEN_CAP)) {
        await save("failed", answer.text || ASSISTANT_BUSY);
        yield { type: "error", message: ASSISTANT_BUSY, retryable: false };
        return;
      }
      const request: ModelRequest = { system: SYSTEM_PROMPT, messages: [...history, ...answer.messages], tools: [...modelTools], maxOutputTokens: MAX_OUTPUT_TOKENS };
      const pending = (answer.pending = { request, text: "" });
      const calls: ToolCall[] = [];
      let usage: ModelUsage | null = null;
      for await (const event of ctx.llm.stream(request, signal)) {
        if (event.type === "text") {
          pending.text += event.delta;
          answer.text += event.delta;
          yield { type: "text", delta: event.delta };
        } else if (event.type === "tool_use") calls.push({ id: event.id, name: event.name, input: event.input });
        else usage = event.usage;
      }
      answer.pending = null;
      await count(usage ?? { inputTokens: estimateTokens(request), outputTokens: estimateTokens(pending.text) });
      const said = [...(pending.text ? [{ type: "text" as const, text: pending.text }] : []), ...calls.map((c) => ({ type: "tool_use" as const, ...c }))];
      if (said.length > 0) answer.messages.push({ role: "assistant", content: said });
      if (calls.length === 0) break;
      if (round === MAX_TOOL_ROUNDS) {
        // The calls of a seventh round are not run; the history drops calls without results.
        answer.text += ROUND_LIMIT_NOTE;
        yield { type: "text", delta: ROUND_LIMIT_NOTE };
        break;
      }
      yield* runTools(ctx, conversation.id, calls, answer);
      if (signal.aborted) throw signal.reason;
    }
    await save("complete");
    yield { type: "done", usage: answer.usage, stopped: false };
  } catch (error) {
    if (isAbort(error, signal)) {
      await save("stopped");
      yield { type: "done", usage: answer.usage, stopped: true };
    } else if (error instanceof ModelUnavailableError) {
      ctx.log.warn({ err: error.cause ?? error, reason: error.reason }, "chat model unavailable");
      await save("failed", answer.text || error.message);
      yield { type: "error", message: error.message, retryable: error.reason !== "refused" };
    } else {
      ctx.log.error({ err: error }, "chat turn failed");
      await save("failed", answer.text || SOMETHING_WRONG).catch((saveError: unknown) => ctx.log.error({ err: saveError }, "chat answer not saved"));
      yield { type: "error", message: SOMETHING_WRONG, retryable: true };
    }
  } finally {
    // The client went away while this waited at a yield: what was said so far is kept as stopped.
    if (!answer.saved) await save("stopped").catch((error: unknown) => ctx.log.error({ err: error }, "stopped chat answer not saved"));
  }
}

async function* runTools(ctx: ChatContext, conversationId: string, calls: ToolCall[], answer: Answer): AsyncGenerator<ChatEvent, void, undefined> {
  const toolCtx: ToolContext = { db: ctx.db, env: ctx.env, session: ctx.session, clientIp: ctx.clientIp, rateLimits: ctx.rateLimits, log: ctx.log, conversationId };
  for (const call of calls) yield { type: "tool-started", callId: call.id, tool: call.name.slice(0, 64), label: toolNamed(call.name)?.label ?? "Working on it" };
  const outcomes = await Promise.all(calls.map((call) => runTool(toolCtx, call)));
  answer.messages.push({ role: "user", content: outcomes.map((outcome, i) => ({ type: "tool_result", toolUseId: calls[i]!.id, content: outcome.content, isError: !outcome.ok })) });
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.display.kind !== "none") answer.displays.push(outcome.display);
    yield { type: "tool-finished", callId: calls[i]!.id, tool: calls[i]!.name.slice(0, 64), ok: outcome.ok, display: outcome.display };
  }
}

/** The same turn as one call, for the no-JS page: its checks throw before anything is saved. */
export async function* runTurn(ctx: ChatContext, input: SendMessageInput, signal: AbortSignal): AsyncGenerator<ChatEvent, void, undefined> {
  yield* streamTurn(await prepareTurn(ctx, input), signal);
}
