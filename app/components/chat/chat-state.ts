// The chat panel's state: the conversation restored from `chat.history`, then each event of the
// answer being streamed applied to its last message. Pure, so every transition is tested directly.
import type { ChatEvent, ChatToolDisplay } from "../../../server/chat/events";
import { plainText } from "./markdown-parse";

export type ChatStatus = "streaming" | "complete" | "stopped" | "failed";

export type ChatMessageView = {
  id: string;
  role: "user" | "assistant";
  text: string;
  status: ChatStatus;
  displays: ChatToolDisplay[];
  /** what the assistant is doing right now ("Searching the photos"), while a tool runs */
  activity: string | null;
  error: string | null;
};

export type AssistantKind = "anthropic" | "offline";

export type ChatState = {
  conversationId: string | null;
  assistant: AssistantKind | null;
  messages: ChatMessageView[];
  restoring: boolean;
};

export type ChatHistory = {
  conversationId: string;
  assistant: AssistantKind;
  messages: { id: string; role: "user" | "assistant"; text: string; status: "complete" | "stopped" | "failed"; displays: ChatToolDisplay[] }[];
};

export type ChatAction =
  | { type: "restoring" }
  | { type: "restored"; history: ChatHistory | null }
  | { type: "sent"; id: string; text: string }
  | { type: "event"; event: ChatEvent }
  | { type: "aborted" }
  | { type: "failed"; message: string }
  /** the stream ended; an answer still open then was cut off */
  | { type: "ended" }
  | { type: "reset" };

export const emptyChat: ChatState = { conversationId: null, assistant: null, messages: [], restoring: false };

export const CUT_OFF = "The connection dropped before the answer was finished. Ask again to continue.";

function updateLastAnswer(state: ChatState, change: (message: ChatMessageView) => ChatMessageView): ChatState {
  const last = state.messages.at(-1);
  if (!last || last.role !== "assistant" || last.status !== "streaming") return state;
  return { ...state, messages: [...state.messages.slice(0, -1), change(last)] };
}

function applyEvent(state: ChatState, event: ChatEvent): ChatState {
  switch (event.type) {
    case "started":
      return updateLastAnswer({ ...state, conversationId: event.conversationId, assistant: event.assistant }, (m) => ({ ...m, id: event.messageId }));
    case "text":
      return updateLastAnswer(state, (m) => ({ ...m, text: m.text + event.delta }));
    case "tool-started":
      return updateLastAnswer(state, (m) => ({ ...m, activity: event.label }));
    case "tool-finished":
      return updateLastAnswer(state, (m) => ({ ...m, activity: null, displays: event.display.kind === "none" ? m.displays : [...m.displays, event.display] }));
    case "done":
      return updateLastAnswer(state, (m) => ({ ...m, activity: null, status: event.stopped ? "stopped" : "complete" }));
    case "error":
      return updateLastAnswer(state, (m) => ({ ...m, activity: null, status: "failed", error: event.message }));
  }
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case "restoring":
      return { ...state, restoring: true };
    case "restored":
      if (!action.history) return { ...emptyChat };
      return {
        conversationId: action.history.conversationId,
        assistant: action.history.assistant,
        restoring: false,
        messages: action.history.messages.map((m) => ({ id: m.id, role: m.role, text: m.text, status: m.status, displays: m.displays, activity: null, error: null })),
      };
    case "sent": {
      const question: ChatMessageView = { id: `${action.id}-q`, role: "user", text: action.text, status: "complete", displays: [], activity: null, error: null };
      const answer: ChatMessageView = { id: `${action.id}-a`, role: "assistant", text: "", status: "streaming", displays: [], activity: null, error: null };
      return { ...state, messages: [...state.messages, question, answer] };
    }
    case "event":
      return applyEvent(state, action.event);
    case "aborted":
      return updateLastAnswer(state, (m) => ({ ...m, activity: null, status: "stopped" }));
    case "failed":
      return updateLastAnswer(state, (m) => ({ ...m, activity: null, status: "failed", error: action.message }));
    case "ended":
      return updateLastAnswer(state, (m) => ({ ...m, activity: null, status: "failed", error: CUT_OFF }));
    case "reset":
      return { ...emptyChat };
  }
}

/** The one line a screen reader hears when an answer is over: the whole answer, or what happened. */
export function announcementFor(message: ChatMessageView): string {
  const shown = message.displays.length > 0 ? ` (${describeDisplays(message.displays)} shown below)` : "";
  if (message.status === "failed") return `The assistant could not answer: ${message.error ?? CUT_OFF}`;
  const text = plainText(message.text);
  if (message.status === "stopped") return `Stopped. ${text}`.trim();
  return `${text}${shown}`.trim();
}

function describeDisplays(displays: ChatToolDisplay[]): string {
  const names = displays.map((d) => {
    switch (d.kind) {
      case "photos":
        return d.photos.length === 1 ? "1 photo" : `${d.photos.length} photos`;
      case "photo":
        return d.photo.title;
      case "cart":
        return "your cart";
      case "order":
        return `order ${d.order.number}`;
      case "wall":
        return "a link to the wall editor";
      case "none":
        return "";
    }
  });
  return names.filter(Boolean).join(", ");
}
