// The assistant hands a room to the wall editor: a room photo uploaded through the wall editor's own
// upload and attached in the chat goes into the wall editor's link with the print asked for, over
// HTTP with the offline assistant and with Claude through the real SDK; the link's room is always
// one the session uploaded in this conversation, never one the model names, and no other session's.
import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { wallPhotos } from "../../db/schema/index";
import { textReply, toolUseReply } from "../../test/anthropic-api";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { plainJpeg } from "../mockups/upload-fixtures";
import { uploadWallPhoto, wallPhotoQuery } from "../mockups/upload-client";
import type { AppRouter } from "../trpc/root";
import { chatShopper, claudeAgainstDouble, collectEvents } from "./chat-fixtures";
import type { ChatEvent } from "./events";
import { createOfflineModel } from "./offline/offline-model";

const database = await testDatabase();
const db = database.db;
const photo = await createPhoto(db, { title: "Copper Tide", tags: ["sunset"] });
/** The size the link names when the shopper named none: the first the photo page lists. */
const firstSize = `variant=${photo.variants[0]!.id}`;
const server = await startAppServer(db, { llm: createOfflineModel() });

/** A browser: one cookie jar for the wall editor's upload and the chat. */
function browser() {
  let cookie: string | undefined;
  const cookieFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(input, { ...init, headers });
    cookie = response.headers.get("set-cookie")?.split(";", 1)[0] ?? cookie;
    return response;
  };
  const client = createTRPCClient<AppRouter>({ links: [httpBatchStreamLink({ url: `${server.url}/api/trpc`, fetch: cookieFetch, maxItems: 1 })] });
  return {
    client,
    async uploadRoom(): Promise<string> {
      const answer = await uploadWallPhoto(server, await plainJpeg(640, 480, "#d8cbb8"), { cookie });
      expect(answer.status, answer.text).toBe(200);
      cookie = answer.cookie;
      return answer.json.result!.data.id as string;
    },
    async send(conversationId: string, text: string, wallPhotoId?: string): Promise<ChatEvent[]> {
      return collectEvents(await client.chat.send.mutate({ conversationId, text, ...(wallPhotoId ? { wallPhotoId } : {}) }));
    },
    roomAsEditorReadsIt: (id: string) => wallPhotoQuery(server, id, cookie),
  };
}

const wallLinks = (events: ChatEvent[]) => events.flatMap((e) => (e.type === "tool-finished" && e.display.kind === "wall" ? [e.display.href] : []));
const answerOf = (events: ChatEvent[]) => events.flatMap((e) => (e.type === "text" ? [e.delta] : [])).join("");

describe("a room attached in the chat", () => {
  it("goes to the wall editor with the print the shopper names, and the editor can open it for the same session only", async () => {
    const shopper = browser();
    const room = await shopper.uploadRoom();
    const { conversationId } = await shopper.client.chat.start.mutate();

    const attached = await shopper.send(conversationId, "Here is my living room", room);
    expect(wallLinks(attached)).toEqual([`/wall?room=${room}`]);
    expect(answerOf(attached)).toContain(`[open the wall editor with your room](/wall?room=${room})`);

    const asked = await shopper.send(conversationId, "Show Copper Tide on my wall");
    const href = `/wall?photo=${photo.slug}&${firstSize}&room=${room}`;
    expect(wallLinks(asked)).toEqual([href]);
    expect(answerOf(asked)).toContain(`with the photo of your room: [open the wall editor](${href})`);

    // What the editor reads for `?room=`: the same session's upload.
    const opened = await shopper.roomAsEditorReadsIt(room);
    expect(opened.status).toBe(200);
    expect(opened.json.result!.data).toMatchObject({ id: room, width: 640, height: 480 });

    const stranger = browser();
    expect((await stranger.roomAsEditorReadsIt(room)).json.error?.data.code).toBe("NOT_FOUND");
    const theirs = await stranger.client.chat.start.mutate();
    expect(wallLinks(await stranger.send(theirs.conversationId, "Show Copper Tide on my wall"))).toEqual([`/wall?photo=${photo.slug}&${firstSize}`]);
    await expect(stranger.client.chat.send.mutate({ conversationId: theirs.conversationId, text: "Here is my room", wallPhotoId: room })).rejects.toMatchObject({ data: { code: "NOT_FOUND" } });
  });

  it("stays in its own conversation: a new one opens the editor without it", async () => {
    const shopper = browser();
    const room = await shopper.uploadRoom();
    const first = await shopper.client.chat.start.mutate();
    await shopper.send(first.conversationId, "This is the wall over my sofa", room);
    const second = await shopper.client.chat.start.mutate();
    expect(wallLinks(await shopper.send(second.conversationId, "Show Copper Tide on my wall"))).toEqual([`/wall?photo=${photo.slug}&${firstSize}`]);
  });
});

describe("Claude handing a room to the wall editor", () => {
  it("gets the session's attached room in the link by itself and cannot name another: a room in the tool's input is refused", async () => {
    const { api, llm } = await claudeAgainstDouble();
    const othersRoom = await browser().uploadRoom();
    const shopper = chatShopper(db, llm);
    const [own] = await db
      .insert(wallPhotos)
      .values({ sessionId: shopper.sessionId, imageKey: "walls/t/wall.jpg", analysisKey: "walls/t/analysis.jpg", width: 2560, height: 1920, contentType: "image/jpeg" })
      .returning({ id: wallPhotos.id });
    const { conversationId } = await shopper.api.start();
    api.reply(toolUseReply("open_wall_editor", { slug: photo.slug, room: othersRoom }), toolUseReply("open_wall_editor", { slug: photo.slug }), textReply("Here you go."));
    const events = await collectEvents(await shopper.api.send({ conversationId, text: "Put Copper Tide in this room", wallPhotoId: own!.id }));
    expect(events.filter((e) => e.type === "tool-finished").map((e) => e.ok)).toEqual([false, true]);
    expect(wallLinks(events)).toEqual([`/wall?photo=${photo.slug}&${firstSize}&room=${own!.id}`]);
    // What the tools answered never carries the other session's room, only this one's.
    const results = api.requests.at(-1)!.body!.messages.flatMap((m) => (Array.isArray(m.content) ? m.content.filter((b) => b.type === "tool_result") : []));
    expect(results).toHaveLength(2);
    expect(JSON.stringify(results)).not.toContain(othersRoom);
    expect(JSON.stringify(results)).toContain(own!.id);
  });
});
