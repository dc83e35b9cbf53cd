// A turn's checks in one statement: the counters count only for the session's own conversation,
// exactly 30 messages an hour get through when two processes race, and an attached room photo must
// be the session's.
import { eq, like, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFinished } from "vitest";
import { connect } from "../../db/client";
import { rateLimits, wallPhotos } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { DomainError } from "../errors";
import { CHAT_SESSION_LIMIT } from "./chat-limits";
import { CONVERSATION_NOT_FOUND, startConversation } from "./conversations";
import { checkTurn, WALL_PHOTO_NOT_FOUND } from "./turn-checks";

const database = await testDatabase();
const db = database.db;

async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (error) {
    if (error instanceof DomainError) return `${error.kind}: ${error.message}`;
    throw error;
  }
}

const counters = (key: string) => db.select({ key: rateLimits.key, points: rateLimits.points }).from(rateLimits).where(like(rateLimits.key, `%:${key}`));

describe("a turn's checks", () => {
  it("count nothing for another session's conversation, which answers as a missing one", async () => {
    const owner = randomUUID();
    const stranger = randomUUID();
    const { conversationId } = await startConversation(db, owner);
    const strangerIp = "203.0.113.201";
    expect(await outcome(checkTurn(db, { conversationId, sessionId: stranger, clientIp: strangerIp, wallPhotoId: null }))).toBe(`NotFound: ${CONVERSATION_NOT_FOUND}`);
    expect(await outcome(checkTurn(db, { conversationId: "not an id", sessionId: stranger, clientIp: strangerIp, wallPhotoId: null }))).toBe(`NotFound: ${CONVERSATION_NOT_FOUND}`);
    expect(await counters(stranger)).toEqual([]);
    expect(await counters(strangerIp)).toEqual([]);

    expect(await checkTurn(db, { conversationId, sessionId: owner, clientIp: "203.0.113.202", wallPhotoId: null })).toEqual({ id: conversationId, sessionId: owner, title: "" });
    expect(await counters(owner)).toEqual([{ key: `chat-session:${owner}`, points: 1 }]);
    expect(await counters("203.0.113.202")).toEqual([{ key: "chat-client:203.0.113.202", points: 1 }]);
  });

  it("let exactly 30 messages of a session through when two processes' pools race", async () => {
    const first = connect(database.url, { max: 5 });
    const second = connect(database.url, { max: 5 });
    onTestFinished(async () => {
      await first.close();
      await second.close();
    });
    const sessionId = randomUUID();
    const { conversationId } = await startConversation(db, sessionId);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => outcome(checkTurn((i % 2 ? first : second).db, { conversationId, sessionId, clientIp: `192.0.2.${i + 1}`, wallPhotoId: null }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(30);
    expect(new Set(results.filter((r) => r !== "ok"))).toEqual(new Set([`RateLimited: ${CHAT_SESSION_LIMIT.message}`]));
  });

  it("start a new window once the hour has passed", async () => {
    const sessionId = randomUUID();
    const { conversationId } = await startConversation(db, sessionId);
    await db.insert(rateLimits).values({ key: `chat-session:${sessionId}`, points: 30, expire: Date.now() - 1 });
    expect(await outcome(checkTurn(db, { conversationId, sessionId, clientIp: "192.0.2.250", wallPhotoId: null }))).toBe("ok");
    expect(await counters(sessionId)).toEqual([{ key: `chat-session:${sessionId}`, points: 1 }]);
    const [row] = await db.select({ expire: rateLimits.expire }).from(rateLimits).where(eq(rateLimits.key, `chat-session:${sessionId}`));
    expect(row!.expire).toBeGreaterThan(Date.now() + 59 * 60 * 1000);
  });

  it("take an attached room photo from its owner only", async () => {
    const owner = randomUUID();
    const stranger = randomUUID();
    const [photo] = await db
      .insert(wallPhotos)
      .values({ sessionId: owner, imageKey: "walls/t/wall.jpg", analysisKey: "walls/t/analysis.jpg", width: 2560, height: 1920, contentType: "image/jpeg" })
      .returning({ id: wallPhotos.id });
    const theirs = await startConversation(db, stranger);
    const mine = await startConversation(db, owner);
    expect(await outcome(checkTurn(db, { conversationId: theirs.conversationId, sessionId: stranger, clientIp: "192.0.2.251", wallPhotoId: photo!.id }))).toBe(`NotFound: ${WALL_PHOTO_NOT_FOUND}`);
    expect(await outcome(checkTurn(db, { conversationId: mine.conversationId, sessionId: owner, clientIp: "192.0.2.252", wallPhotoId: photo!.id }))).toBe("ok");
    expect(await outcome(checkTurn(db, { conversationId: mine.conversationId, sessionId: owner, clientIp: "192.0.2.252", wallPhotoId: randomUUID() }))).toBe(`NotFound: ${WALL_PHOTO_NOT_FOUND}`);
    expect((await db.execute<{ n: number }>(sql`select count(*)::int as n from chat_messages`))[0]!.n).toBe(0);
  });
});
