// Conversations belong to the session that started them: every read and write names the session,
// and another session's id, a malformed one and a missing one all get the same NOT_FOUND (findings 4, 33).
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import type { DbOrTx } from "../../db/client";
import { chatConversations, chatMessages } from "../../db/schema/index";
import { notFound } from "../errors";
import type { ChatToolDisplay } from "./events";

const CONVERSATION_ID_BYTES = 16;
const CONVERSATION_ID = /^[A-Za-z0-9_-]{22}$/;
export const CONVERSATION_NOT_FOUND = "That conversation was not found.";

/** Shown in the conversation list, and enough to recognise one. */
const TITLE_LENGTH = 80;
/** The most a history answer carries; the model gets far fewer (history.ts). */
const SHOWN_MESSAGES = 200;
const LISTED_CONVERSATIONS = 50;

export function newConversationId(): string {
  return randomBytes(CONVERSATION_ID_BYTES).toString("base64url");
}

export async function startConversation(db: DbOrTx, sessionId: string): Promise<{ conversationId: string }> {
  const [row] = await db.insert(chatConversations).values({ id: newConversationId(), sessionId }).returning({ id: chatConversations.id });
  return { conversationId: row!.id };
}

export const isConversationId = (id: string) => CONVERSATION_ID.test(id);

export type OwnedConversation = { id: string; sessionId: string; title: string };

export async function ownedConversation(db: DbOrTx, input: { id: string; sessionId: string | undefined }): Promise<OwnedConversation> {
  // A malformed id is not looked up at all, and answers as a missing one.
  if (!input.sessionId || !isConversationId(input.id)) throw notFound(CONVERSATION_NOT_FOUND);
  const [row] = await db
    .select({ id: chatConversations.id, sessionId: chatConversations.sessionId, title: chatConversations.title })
    .from(chatConversations)
    .where(and(eq(chatConversations.id, input.id), eq(chatConversations.sessionId, input.sessionId)));
  if (!row) throw notFound(CONVERSATION_NOT_FOUND);
  return row;
}

export type ChatHistoryMessage = {
  id: string;
  role: "user" | "assistant";
  text: string;
  status: "complete" | "stopped" | "failed";
  displays: ChatToolDisplay[];
  createdAt: string;
};

export async function conversationHistory(db: DbOrTx, input: { id: string; sessionId: string | undefined }): Promise<{ conversationId: string; messages: ChatHistoryMessage[] }> {
  const conversation = await ownedConversation(db, input);
  const rows = await db
    .select({ id: chatMessages.id, role: chatMessages.role, text: chatMessages.text, status: chatMessages.status, displays: chatMessages.displays, createdAt: chatMessages.createdAt })
    .from(chatMessages)
    .where(eq(chatMessages.conversationId, conversation.id))
    .orderBy(desc(chatMessages.createdAt), desc(chatMessages.id))
    .limit(SHOWN_MESSAGES);
  return { conversationId: conversation.id, messages: rows.reverse().map((row) => ({ ...row, displays: row.displays as ChatToolDisplay[], createdAt: row.createdAt.toISOString() })) };
}

export async function listConversations(db: DbOrTx, sessionId: string | undefined): Promise<{ conversations: { id: string; title: string; updatedAt: string }[] }> {
  if (!sessionId) return { conversations: [] };
  const rows = await db
    .select({ id: chatConversations.id, title: chatConversations.title, updatedAt: chatConversations.updatedAt })
    .from(chatConversations)
    .where(eq(chatConversations.sessionId, sessionId))
    .orderBy(desc(chatConversations.updatedAt), asc(chatConversations.id))
    .limit(LISTED_CONVERSATIONS);
  return { conversations: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })) };
}

/** The first message names the conversation; every message moves it to the top of the list. */
export async function touchConversation(db: DbOrTx, id: string, firstText: string): Promise<void> {
  const title = firstText.replace(/\s+/g, " ").trim().slice(0, TITLE_LENGTH);
  await db
    .update(chatConversations)
    .set({ updatedAt: sql`now()`, title: sql`case when ${chatConversations.title} = '' then ${title} else ${chatConversations.title} end` })
    .where(eq(chatConversations.id, id));
}
