// The /assistant page without JavaScript: one form post runs one whole turn through runTurn (the
// same function chat.send streams, so there is one way to send), and the page then shows the
// session's latest conversation from its history. The conversation id the form carries is only
// believed when the session owns it; any other id reads as none, and a new conversation starts.
import { z } from "zod";
import { DomainError } from "../errors";
import { requiredText } from "../forms/fields";
import { CHAT_START_LIMIT } from "./chat-limits";
import { conversationHistory, listConversations, ownedConversation, startConversation, type ChatHistoryMessage } from "./conversations";
import { MAX_MESSAGE_CHARS } from "./inputs";
import { runTurn, type ChatContext } from "./run-turn";

export const assistantMessageFormSchema = z.object({
  conversation: z.string().max(64).optional(),
  message: requiredText({ max: MAX_MESSAGE_CHARS, required: "Please write a message.", tooLong: `Please keep a message under ${MAX_MESSAGE_CHARS} characters.`, oneLine: false }),
});

const startOverFormSchema = z.object({ intent: z.literal("new") });

/** The page has two forms: a message, and "New conversation". */
export const assistantFormSchemaFor = (form: FormData) => (form.get("intent") === "new" ? startOverFormSchema : assistantMessageFormSchema);

export type AssistantPageConversation = { conversationId: string | null; messages: ChatHistoryMessage[] };

async function ownedOrNull(ctx: Pick<ChatContext, "db">, id: string | undefined, sessionId: string): Promise<string | null> {
  if (!id) return null;
  try {
    return (await ownedConversation(ctx.db, { id, sessionId })).id;
  } catch (error) {
    if (error instanceof DomainError && error.kind === "NotFound") return null;
    throw error;
  }
}

/** A new conversation as chat.start makes one: under the same limit of new conversations an hour. */
async function startLimited(ctx: Pick<ChatContext, "db" | "rateLimits" | "clientIp">, sessionId: string): Promise<string> {
  await ctx.rateLimits.limiter(CHAT_START_LIMIT).consume(ctx.clientIp);
  return (await startConversation(ctx.db, sessionId)).conversationId;
}

/** Runs the turn to its end; what the shopper reads (the answer, or why there is none) is in the history. */
export async function answerOnPage(ctx: ChatContext, input: z.output<typeof assistantMessageFormSchema>, signal: AbortSignal): Promise<{ conversationId: string }> {
  const sessionId = ctx.session.ensureId();
  const conversationId = (await ownedOrNull(ctx, input.conversation, sessionId)) ?? (await startLimited(ctx, sessionId));
  for await (const _event of runTurn(ctx, { conversationId, text: input.message }, signal)) {
    // Nothing to stream to: the page reads the saved answer once the turn is over.
  }
  return { conversationId };
}

/** The conversation the page shows: the session's most recent one, or none yet. */
export async function latestConversation(ctx: Pick<ChatContext, "db" | "session">): Promise<AssistantPageConversation> {
  const sessionId = ctx.session.id;
  const [latest] = (await listConversations(ctx.db, sessionId)).conversations;
  if (!latest || !sessionId) return { conversationId: null, messages: [] };
  const { conversationId, messages } = await conversationHistory(ctx.db, { id: latest.id, sessionId });
  return { conversationId, messages };
}

/** "New conversation": an empty one becomes the latest, so the page shows it. */
export async function startOverOnPage(ctx: Pick<ChatContext, "db" | "session" | "rateLimits" | "clientIp">): Promise<void> {
  await startLimited(ctx, ctx.session.ensureId());
}
