import { describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto } from "../../test/factories";
import { runMeta } from "../../test/route-meta";
import { formPost, routeContext, testSession } from "../../test/route-context";
import { action, loader, meta } from "./assistant";

const database = await testDatabase();
const env = testEnv();
await createPhoto(database.db, { slug: "harbour-sunset", title: "Harbour Sunset", tags: ["sunset"] });

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof loader>>["json"]>>;

const contextFor = (sessionId?: string, clientIp = "203.0.113.70") => routeContext(database.db, env, { session: testSession(sessionId), clientIp });
const post = async (fields: Record<string, string>, ctx = contextFor()) => (await action({ request: formPost("http://localhost/assistant", fields), context: ctx, params: {} })) as Response;
const page = async (ctx: ReturnType<typeof contextFor>): Promise<Page> => (await loader({ request: new Request("http://localhost/assistant"), context: ctx, params: {} })).json();

describe("/assistant without JavaScript", () => {
  it("is not indexed, says it is the offline assistant, and starts with no conversation", async () => {
    const data = await page(contextFor());
    expect(data).toMatchObject({ assistant: "offline", conversation: { conversationId: null, messages: [] } });
    expect(runMeta(meta, data)).toContainEqual({ name: "robots", content: "noindex" });
  });

  it("runs the whole turn for a posted message, then redirects (303) to the page that shows it", async () => {
    const ctx = contextFor();
    const response = await post({ message: "Show me sunset prints" }, ctx);
    expect([response.status, response.headers.get("location")]).toEqual([303, "/assistant"]);
    const { conversation } = await page(ctx);
    expect(conversation.messages.map((m) => [m.role, m.status])).toEqual([
      ["user", "complete"],
      ["assistant", "complete"],
    ]);
    const photos = conversation.messages[1]!.displays.flatMap((d) => (d.kind === "photos" ? d.photos.map((p) => p.title) : []));
    expect(photos).toEqual(["Harbour Sunset"]);

    // The next message carries the conversation and joins it.
    await post({ conversation: conversation.conversationId!, message: "What's in my cart?" }, ctx);
    expect((await page(ctx)).conversation.messages).toHaveLength(4);
  });

  it("never lets a form reach another session's conversation: its id starts a new one of the poster's own", async () => {
    const owner = contextFor();
    await post({ message: "Show me sunset prints" }, owner);
    const theirs = (await page(owner)).conversation;

    const stranger = contextFor(undefined, "203.0.113.71");
    const response = await post({ conversation: theirs.conversationId!, message: "What did we talk about?" }, stranger);
    expect(response.status).toBe(303);
    const mine = (await page(stranger)).conversation;
    expect(mine.conversationId).not.toBe(theirs.conversationId);
    expect(mine.messages.map((m) => m.text)).not.toContain("Show me sunset prints");
    expect((await page(owner)).conversation.messages).toEqual(theirs.messages);
  });

  it("refuses an empty or too long message beside its field, with a 400, and sends nothing", async () => {
    const ctx = contextFor(undefined, "203.0.113.72");
    const empty = await post({ message: "   " }, ctx);
    expect(empty.status).toBe(400);
    expect((await empty.json()).fieldErrors).toEqual({ message: "Please write a message." });
    const long = await post({ message: "x".repeat(2001) }, ctx);
    expect(long.status).toBe(400);
    expect((await long.json()).fieldErrors.message).toMatch(/under 2000 characters/);
    expect((await page(ctx)).conversation.conversationId).toBeNull();
  });

  it("starts a new, empty conversation on 'New conversation'", async () => {
    const ctx = contextFor(undefined, "203.0.113.73");
    await post({ message: "Show me sunset prints" }, ctx);
    const before = (await page(ctx)).conversation;
    expect((await post({ intent: "new" }, ctx)).status).toBe(303);
    const after = (await page(ctx)).conversation;
    expect(after.conversationId).not.toBe(before.conversationId);
    expect(after.messages).toEqual([]);
  });
});
