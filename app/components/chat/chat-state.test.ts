import { describe, expect, it } from "vitest";
import type { ChatEvent } from "../../../server/chat/events";
import { announcementFor, chatReducer, CUT_OFF, emptyChat, type ChatAction, type ChatState } from "./chat-state";

const run = (actions: ChatAction[], from: ChatState = emptyChat) => actions.reduce(chatReducer, from);
const event = (e: ChatEvent): ChatAction => ({ type: "event", event: e });
const cart = { lines: [], itemCount: 2, subtotalCents: 9000 };

describe("the chat panel's state", () => {
  it("streams an answer into the message the question opened, with the cards its tools showed", () => {
    const state = run([
      { type: "sent", id: "t1", text: "sunset prints" },
      event({ type: "started", conversationId: "c1", messageId: "m1", assistant: "offline" }),
      event({ type: "text", delta: "Here are " }),
      event({ type: "tool-started", callId: "x", tool: "search_photos", label: "Searching the photos" }),
    ]);
    expect(state.messages.at(-1)).toMatchObject({ id: "m1", status: "streaming", text: "Here are ", activity: "Searching the photos" });
    expect([state.conversationId, state.assistant]).toEqual(["c1", "offline"]);

    const done = run(
      [
        event({ type: "tool-finished", callId: "x", tool: "add_to_cart", ok: true, display: { kind: "cart", cart } }),
        event({ type: "tool-finished", callId: "y", tool: "shop_info", ok: true, display: { kind: "none" } }),
        event({ type: "text", delta: "two prints." }),
        event({ type: "done", usage: { inputTokens: 1, outputTokens: 2 }, stopped: false }),
        { type: "ended" },
      ],
      state,
    );
    expect(done.messages.map((m) => [m.role, m.text, m.status])).toEqual([
      ["user", "sunset prints", "complete"],
      ["assistant", "Here are two prints.", "complete"],
    ]);
    expect(done.messages[1]!.displays).toEqual([{ kind: "cart", cart }]);
    expect(announcementFor(done.messages[1]!)).toBe("Here are two prints. (your cart shown below)");
  });

  it("keeps a stopped answer's words, marked stopped, whether the client or the server said so", () => {
    const partial = run([{ type: "sent", id: "t", text: "shipping?" }, event({ type: "text", delta: "We ship" })]);
    const stopped = run([{ type: "aborted" }, event({ type: "text", delta: "late" })], run([event({ type: "text", delta: " **fast**" })], partial));
    expect(stopped.messages.at(-1)).toMatchObject({ text: "We ship **fast**", status: "stopped" });
    expect(announcementFor(stopped.messages.at(-1)!)).toBe("Stopped. We ship fast");
    expect(run([event({ type: "done", usage: { inputTokens: 0, outputTokens: 0 }, stopped: true })], partial).messages.at(-1)!.status).toBe("stopped");
  });

  it("says so when the stream ends before its last event, and never reopens a finished answer", () => {
    const cut = run([{ type: "sent", id: "t", text: "hi" }, { type: "ended" }]);
    expect(cut.messages.at(-1)).toMatchObject({ status: "failed", error: CUT_OFF });
    expect(run([event({ type: "text", delta: "late" })], cut).messages.at(-1)!.text).toBe("");
    const failed = run([{ type: "sent", id: "t", text: "hi" }, event({ type: "error", message: "The assistant is busy; please try again later.", retryable: false })]);
    expect(announcementFor(failed.messages.at(-1)!)).toBe("The assistant could not answer: The assistant is busy; please try again later.");
  });

  it("restores a history, and starts empty when the conversation is missing", () => {
    const restored = run([
      { type: "restoring" },
      { type: "restored", history: { conversationId: "c1", assistant: "offline", messages: [{ id: "a", role: "assistant", text: "Hello", status: "stopped", displays: [] }] } },
    ]);
    expect(restored).toMatchObject({ conversationId: "c1", restoring: false, messages: [{ id: "a", status: "stopped", activity: null, error: null }] });
    expect(run([{ type: "restored", history: null }], restored)).toEqual(emptyChat);
    expect(run([{ type: "reset" }], restored)).toEqual(emptyChat);
  });
});
