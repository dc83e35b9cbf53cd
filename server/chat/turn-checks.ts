// The checks before a turn, in one statement (a round trip each was time the shopper waited for the
// first word): the conversation is the session's, the hourly counters of the session and the client
// address (rate-limiter-flexible's rows, counted as its upsert counts them, so every process and the
// library agree), and an attached room photo is the session's. Nothing is counted for a conversation
// that is not the session's; an over-limit message has still used its try, as with the library.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { chatConversations, rateLimits, wallPhotos } from "../../db/schema/index";
import { notFound, rateLimited } from "../errors";
import { rateLimitRowKey, type RateLimitOptions } from "../rate-limits/rate-limits";
import { CHAT_CLIENT_LIMIT, CHAT_SESSION_LIMIT } from "./chat-limits";
import { CONVERSATION_NOT_FOUND, isConversationId, type OwnedConversation } from "./conversations";

export const WALL_PHOTO_NOT_FOUND = "No such wall photo.";

type CheckedRow = { id: string; title: string; counted: { key: string; points: number }[] | null; wall_photo_id: string | null };

export async function checkTurn(
  db: DbOrTx,
  input: { conversationId: string; sessionId: string | undefined; clientIp: string; wallPhotoId: string | null },
): Promise<OwnedConversation> {
  const { sessionId } = input;
  // A malformed id is not looked up at all, and answers as a missing one.
  if (!sessionId || !isConversationId(input.conversationId)) throw notFound(CONVERSATION_NOT_FOUND);
  const now = Date.now();
  const counters = new Map<string, RateLimitOptions>([
    [rateLimitRowKey(CHAT_SESSION_LIMIT, sessionId), CHAT_SESSION_LIMIT],
    [rateLimitRowKey(CHAT_CLIENT_LIMIT, input.clientIp), CHAT_CLIENT_LIMIT],
  ]);
  const rows = sql.join(
    [...counters].map(([key, limit]) => sql`(${key}::varchar, ${now + limit.durationSeconds * 1000}::bigint)`),
    sql`, `,
  );
  const [row] = await db.execute<CheckedRow>(sql`
    with owned as (
      select ${chatConversations.id} as id, ${chatConversations.title} as title from ${chatConversations}
      where ${chatConversations.id} = ${input.conversationId} and ${chatConversations.sessionId} = ${sessionId}
    ), counted as (
      insert into ${rateLimits} (key, points, expire)
      select counter.key, 1, counter.expire from owned cross join (values ${rows}) as counter(key, expire)
      on conflict (key) do update set
        points = case when ${rateLimits.expire} <= ${now} then 1 else ${rateLimits.points} + 1 end,
        expire = case when ${rateLimits.expire} <= ${now} then excluded.expire else ${rateLimits.expire} end
      returning key, points
    )
    select owned.id, owned.title,
      (select json_agg(json_build_object('key', counted.key, 'points', counted.points)) from counted) as counted,
      (select ${wallPhotos.id} from ${wallPhotos} where ${wallPhotos.id} = ${input.wallPhotoId}::uuid and ${wallPhotos.sessionId} = ${sessionId}) as wall_photo_id
    from owned`);
  if (!row) throw notFound(CONVERSATION_NOT_FOUND);
  const over = (row.counted ?? []).find((c) => c.points > counters.get(c.key)!.points);
  if (over) throw rateLimited(counters.get(over.key)!.message ?? CHAT_SESSION_LIMIT.message);
  if (input.wallPhotoId && row.wall_photo_id !== input.wallPhotoId) throw notFound(WALL_PHOTO_NOT_FOUND);
  return { id: row.id, sessionId, title: row.title };
}
