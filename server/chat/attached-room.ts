// The room photo a shopper attached in this conversation (the latest one), for the wall editor's
// link: found through the conversation and the wall photo both being the session's, never from
// anything the model said.
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { chatConversations, chatMessages, wallPhotos } from "../../db/schema/index";

export async function attachedRoom(db: DbOrTx, input: { conversationId: string; sessionId: string | undefined }): Promise<string | null> {
  if (!input.sessionId) return null;
  const [row] = await db
    .select({ id: wallPhotos.id })
    .from(chatMessages)
    .innerJoin(chatConversations, eq(chatConversations.id, chatMessages.conversationId))
    .innerJoin(wallPhotos, eq(wallPhotos.id, chatMessages.wallPhotoId))
    .where(and(eq(chatMessages.conversationId, input.conversationId), isNotNull(chatMessages.wallPhotoId), eq(chatConversations.sessionId, input.sessionId), eq(wallPhotos.sessionId, input.sessionId)))
    .orderBy(desc(chatMessages.createdAt))
    .limit(1);
  return row?.id ?? null;
}
