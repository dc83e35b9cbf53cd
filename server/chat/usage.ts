// What the assistant spends: tokens per conversation, and the whole shop's count for the UTC day,
// which caps every session together (kept in Postgres, so every web process sees one count).
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { chatConversations, chatDailyUsage } from "../../db/schema/index";
import type { ModelUsage } from "../integrations/llm/types";

const today = sql`(now() at time zone 'utc')::date`;

export const ASSISTANT_BUSY = "The assistant is very busy today and cannot answer just now. Please try again later, or browse the prints and write to the studio.";

/** Counts one model call's tokens against its conversation and the day, each in one atomic statement. */
export async function recordUsage(db: DbOrTx, conversationId: string, usage: ModelUsage): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(chatDailyUsage)
      .values({ day: sql`${today}`, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, modelCalls: 1 })
      .onConflictDoUpdate({
        target: chatDailyUsage.day,
        set: {
          inputTokens: sql`${chatDailyUsage.inputTokens} + excluded.input_tokens`,
          outputTokens: sql`${chatDailyUsage.outputTokens} + excluded.output_tokens`,
          modelCalls: sql`${chatDailyUsage.modelCalls} + 1`,
        },
      });
    await tx
      .update(chatConversations)
      .set({ inputTokens: sql`${chatConversations.inputTokens} + ${usage.inputTokens}`, outputTokens: sql`${chatConversations.outputTokens} + ${usage.outputTokens}` })
      .where(eq(chatConversations.id, conversationId));
  });
}

export async function dailyCapReached(db: DbOrTx, capTokens: number): Promise<boolean> {
  const [row] = await db
    .select({ used: sql<number>`(${chatDailyUsage.inputTokens} + ${chatDailyUsage.outputTokens})::float8` })
    .from(chatDailyUsage)
    .where(eq(chatDailyUsage.day, sql`${today}`));
  return (row?.used ?? 0) >= capTokens;
}

/** A call cut short reports no usage: it is counted by its size (about four characters a token). */
export function estimateTokens(value: unknown): number {
  return Math.ceil((typeof value === "string" ? value : JSON.stringify(value)).length / 4);
}
