// The chat procedures as shoppers call them: conversations belong to their session (another's, a
// malformed and a missing id answer alike), 30 messages an hour per session and per client address
// across processes, and chat.send streamed over HTTP, where Stop keeps the partial answer.
import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it, onTestFinished } from "vitest";
import { connect } from "../../db/client";
import { chatMessages, wallPhotos } from "../../db/schema/index";
import { textReply } from "../../test/anthropic-api";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createRateLimits } from "../rate-limits/rate-limits";
import type { AppRouter } from "../trpc/root";
import { chatShopper, claudeAgainstDouble, collectEvents } from "./chat-fixtures";
import { CONVERSATION_NOT_FOUND } from "./conversations";
import type { ChatEvent } from "./events";

const database = await testDatabase();
const db = database.db;
const { api, llm } = await claudeAgainstDouble();
api.respondWith(() => textReply("Happy to help.", { usage: { inputTokens: 10, outputTokens: 4 } }));

async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return { code: (error as TRPCError).code, message: (error as TRPCError).message };
}

describe("conversations", () => {
  it("start with 22-character ids of 128 random bits, different every time, listed for their session newest first", async () => {
    const shopper = chatShopper(db, llm);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await shopper.api.start()).conversationId);
    for (const id of ids) expect(Buffer.from(id, "base64url")).toHaveLength(16);
    expect(new Set(ids).size).toBe(3);
    await collectEvents(await shopper.api.send({ conversationId: ids[0]!, text: "Hello there" }));
    const { conversations } = await shopper.api.list();
    expect(conversations.map((c) => c.id)).toEqual([ids[0], ids[2], ids[1]]);
    expect(conversations[0]!.title).toBe("Hello there");
    expect((await chatShopper(db, llm).api.list()).conversations).toEqual([]);
  });

  it("give their owner the history with the assistant's kind, oldest first", async () => {
    const shopper = chatShopper(db, llm);
    const { conversationId } = await shopper.api.start();
    const events = await collectEvents(await shopper.api.send({ conversationId, text: "Do you ship to Japan?" }));
    const started = events[0] as Extract<ChatEvent, { type: "started" }>;
    const history = await shopper.api.history({ conversationId });
    expect(history).toMatchObject({ conversationId, assistant: "anthropic" });
    expect(history.messages.map((m) => [m.role, m.text, m.status])).toEqual([["user", "Do you ship to Japan?", "complete"], ["assistant", "Happy to help.", "complete"]]);
    expect(history.messages[1]!.id).toBe(started.messageId);
  });

  it("answer another session's id exactly as a missing or malformed one, for history and send, and nothing is saved or spent", async () => {
    const owner = chatShopper(db, llm);
    const stranger = chatShopper(db, llm);
    const { conversationId } = await owner.api.start();
    await collectEvents(await owner.api.send({ conversationId, text: "My private question" }));
    const requests = api.requests.length;
    const answers = [
      await refusal(stranger.api.history({ conversationId })),
      await refusal(stranger.api.history({ conversationId: "AAAAAAAAAAAAAAAAAAAAAA" })),
      await refusal(stranger.api.history({ conversationId: "../../etc/passwd" })),
      await refusal(stranger.api.history({ conversationId: "' or 1=1 --" })),
      await refusal(stranger.api.send({ conversationId, text: "What did they ask?" })),
      await refusal(stranger.api.send({ conversationId: "nope", text: "Hi" })),
    ];
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(new Set([JSON.stringify({ code: "NOT_FOUND", message: CONVERSATION_NOT_FOUND })]));
    expect(api.requests.length).toBe(requests);
    expect(await db.select().from(chatMessages).where(eq(chatMessages.conversationId, conversationId))).toHaveLength(2);
    expect((await stranger.api.list()).conversations).toEqual([]);
  });
});

describe("an attached room photo", () => {
  it("is taken from its owner only: another session's photo is NOT_FOUND and nothing is saved or spent", async () => {
    const owner = chatShopper(db, llm);
    const stranger = chatShopper(db, llm);
    const [photo] = await db
      .insert(wallPhotos)
      .values({ sessionId: owner.sessionId, imageKey: "walls/test/wall.jpg", analysisKey: "walls/test/analysis.jpg", width: 2560, height: 1920, contentType: "image/jpeg" })
      .returning({ id: wallPhotos.id });
    const theirs = await stranger.api.start();
    const requests = api.requests.length;
    expect(await refusal(stranger.api.send({ conversationId: theirs.conversationId, text: "Use this room", wallPhotoId: photo!.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(api.requests.length).toBe(requests);
    expect(await db.select().from(chatMessages).where(eq(chatMessages.conversationId, theirs.conversationId))).toEqual([]);

    const mine = await owner.api.start();
    await collectEvents(await owner.api.send({ conversationId: mine.conversationId, text: "Here is my living room", wallPhotoId: photo!.id }));
    expect(JSON.stringify(api.requests.at(-1)!.body!.messages)).toContain("attached a photo of their room");
    const [saved] = await db.select().from(chatMessages).where(eq(chatMessages.conversationId, mine.conversationId)).orderBy(chatMessages.createdAt).limit(1);
    expect(saved).toMatchObject({ role: "user", wallPhotoId: photo!.id });
  });
});

describe("the hourly limit", () => {
  it("lets a session send 30 messages an hour, counted in Postgres across two processes' pools", async () => {
    const first = connect(database.url, { max: 2 });
    const second = connect(database.url, { max: 2 });
    onTestFinished(async () => {
      await first.close();
      await second.close();
    });
    const a = chatShopper(first.db, llm, { rateLimits: createRateLimits(first.db) });
    // The same session arriving at another web process, from another address.
    const b = chatShopper(second.db, llm, { rateLimits: createRateLimits(second.db) });
    b.ctx.session = a.ctx.session;
    const { conversationId } = await a.api.start();
    for (let i = 0; i < 30; i++) await collectEvents(await (i % 2 ? a : b).api.send({ conversationId, text: `message ${i}` }));
    const requests = api.requests.length;
    expect(await refusal(a.api.send({ conversationId, text: "one more" }))).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await refusal(b.api.send({ conversationId, text: "one more" }))).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(api.requests.length).toBe(requests);
    expect(await db.select().from(chatMessages).where(eq(chatMessages.conversationId, conversationId))).toHaveLength(60);
  });

  it("lets one client address send 30 messages an hour whatever sessions it uses", async () => {
    const clientIp = "192.0.2.99";
    for (let i = 0; i < 30; i++) {
      const shopper = chatShopper(db, llm, { clientIp });
      const { conversationId } = await shopper.api.start();
      await collectEvents(await shopper.api.send({ conversationId, text: "hi" }));
    }
    const fresh = chatShopper(db, llm, { clientIp });
    const { conversationId } = await fresh.api.start();
    expect(await refusal(fresh.api.send({ conversationId, text: "hi" }))).toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});

const server = await startAppServer(db, { llm });

describe("chat.send over HTTP", () => {
  function browser() {
    const jar = new Map<string, string>();
    const cookieFetch: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if (jar.size > 0) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
      const response = await fetch(input, { ...init, headers });
      for (const cookie of response.headers.getSetCookie()) {
        const [name, ...value] = cookie.split(";")[0]!.split("=");
        jar.set(name!, value.join("="));
      }
      return response;
    };
    return createTRPCClient<AppRouter>({ links: [httpBatchStreamLink({ url: `${server.url}/api/trpc`, fetch: cookieFetch, maxItems: 1 })] });
  }

  it("streams the turn's events to the browser, first started and last done", async () => {
    const client = browser();
    const { conversationId } = await client.chat.start.mutate();
    const events: ChatEvent[] = [];
    for await (const event of await client.chat.send.mutate({ conversationId, text: "Hello" })) events.push(event);
    expect(events[0]).toMatchObject({ type: "started", conversationId });
    expect(events.filter((e) => e.type === "text").map((e) => e.delta).join("")).toBe("Happy to help.");
    expect(events.at(-1)).toMatchObject({ type: "done", stopped: false, usage: { inputTokens: 10, outputTokens: 4 } });
    expect((await client.chat.history.query({ conversationId })).messages).toHaveLength(2);
  });

  it("Stop aborts the request: the model's stream is closed upstream and the partial answer is kept as stopped, with no second model call", async () => {
    const client = browser();
    const { conversationId } = await client.chat.start.mutate();
    api.reply(textReply("Here is a very long answer that goes on and on about prints and frames and walls.", { chunkSize: 4, eventDelayMs: 50 }));
    const cutBefore = api.closedMidStream();
    const requests = api.requests.length;
    const controller = new AbortController();
    let seen = "";
    try {
      for await (const event of await client.chat.send.mutate({ conversationId, text: "Tell me a lot" }, { signal: controller.signal })) {
        if (event.type === "text") seen += event.delta;
        if (seen.length >= 8) controller.abort();
      }
    } catch (error) {
      expect(controller.signal.aborted, String(error)).toBe(true);
    }
    await api.waitForClosedMidStream(cutBefore + 1);
    await expect.poll(async () => (await client.chat.history.query({ conversationId })).messages.map((m) => m.status), { timeout: 5000 }).toEqual(["complete", "stopped"]);
    const stopped = (await client.chat.history.query({ conversationId })).messages[1]!;
    expect(stopped.text.startsWith(seen)).toBe(true);
    expect(stopped.text.length).toBeLessThan(60);
    expect(api.requests.length).toBe(requests + 1);
  });
});
