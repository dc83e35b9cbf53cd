// The assistant's conversations (issue 13): owned by the session, their messages as the model saw
// them, and the shop's daily token count that caps what the assistant may spend.
import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ModelMessage } from "../../server/integrations/llm/types";

/**
 * A tool's display data as the shop showed it (`ChatToolDisplay`, server/chat/events.ts). The schema
 * names no service's types: they import the schema, and a loop of imports would follow.
 */
type StoredDisplay = { kind: string } & Record<string, unknown>;

export const chatConversations = pgTable(
  "chat_conversations",
  {
    /** 128 random bits, base64url: unguessable, like a mockup's id */
    id: text().primaryKey(),
    /** the owning session; every read compares it */
    sessionId: text().notNull(),
    title: text().notNull().default(""),
    inputTokens: bigint({ mode: "number" }).notNull().default(0),
    outputTokens: bigint({ mode: "number" }).notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.sessionId, t.updatedAt)],
);

export const chatMessageRole = pgEnum("chat_message_role", ["user", "assistant"]);
export const chatMessageStatus = pgEnum("chat_message_status", ["complete", "stopped", "failed"]);

export const chatMessages = pgTable(
  "chat_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    conversationId: text()
      .notNull()
      .references(() => chatConversations.id, { onDelete: "cascade" }),
    role: chatMessageRole().notNull(),
    /** what the shopper reads: the user's words, or the assistant's answer text */
    text: text().notNull(),
    /**
     * The model messages of this step as sent and received: a user message, or the assistant's
     * rounds (its tool calls and the tool results it read) in order, for the next request's history.
     */
    content: jsonb().$type<ModelMessage[]>().notNull(),
    /** the shop's own views of the tool results (photo cards, the cart, an order) */
    displays: jsonb().$type<StoredDisplay[]>().notNull().default(sql`'[]'::jsonb`),
    status: chatMessageStatus().notNull().default("complete"),
    /** a room photo of the session's own that the shopper attached to this message */
    wallPhotoId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.conversationId, t.createdAt)],
);

/** One row a UTC day for the whole shop, counted up with insert … on conflict do update. */
export const chatDailyUsage = pgTable(
  "chat_daily_usage",
  {
    day: date({ mode: "string" }).primaryKey(),
    inputTokens: bigint({ mode: "number" }).notNull().default(0),
    outputTokens: bigint({ mode: "number" }).notNull().default(0),
    modelCalls: integer().notNull().default(0),
  },
  (t) => [check("chat_daily_usage_nonnegative", sql`${t.inputTokens} >= 0 and ${t.outputTokens} >= 0`)],
);
