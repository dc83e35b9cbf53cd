// The conversation behind the panel: restored from `chat.history` by the id this browser keeps,
// answers streamed from `chat.send` on a link of their own, Stop through the request's signal.
import { useCallback, useEffect, useReducer, useRef } from "react";
import { useCart } from "~/lib/cart-context";
import { errorMessage, trpc } from "~/lib/trpc";
import { TRPCClientError } from "@trpc/client";
import { chatReducer, emptyChat } from "./chat-state";

/** The conversation id only: the conversation itself stays on the server with the session's ownership. */
const STORAGE_KEY = "pr_chat_conversation";

function storedConversation(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeConversation(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(STORAGE_KEY, id);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the conversation lasts as long as the page.
  }
}

const isNotFound = (error: unknown) => error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "NOT_FOUND";

let nextLocalId = 0;

export function useChat() {
  const [state, dispatch] = useReducer(chatReducer, emptyChat);
  const conversation = useRef<string | null>(null);
  const running = useRef<AbortController | null>(null);
  const { refresh: refreshCart } = useCart();

  useEffect(() => {
    const id = storedConversation();
    if (!id) return;
    let current = true;
    dispatch({ type: "restoring" });
    trpc.chat.history.query({ conversationId: id }).then(
      (history) => {
        if (!current) return;
        conversation.current = history.conversationId;
        dispatch({ type: "restored", history });
      },
      (error: unknown) => {
        if (!current) return;
        // Another session's or an expired conversation reads as missing: start afresh.
        if (isNotFound(error)) storeConversation(null);
        dispatch({ type: "restored", history: null });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  // Leaving the page ends the request; the server keeps what was answered so far.
  useEffect(() => () => running.current?.abort(), []);

  const send = useCallback(
    async (text: string, wallPhotoId?: string) => {
      // A turn replaced by a newer one (or by a new conversation) says nothing more.
      const previous = running.current;
      const controller = new AbortController();
      running.current = controller;
      previous?.abort();
      const isCurrent = () => running.current === controller;
      dispatch({ type: "sent", id: `local-${nextLocalId++}`, text });
      try {
        let conversationId = conversation.current;
        if (!conversationId) {
          conversationId = (await trpc.chat.start.mutate()).conversationId;
          conversation.current = conversationId;
          storeConversation(conversationId);
        }
        const events = await trpc.chat.send.mutate({ conversationId, text, ...(wallPhotoId ? { wallPhotoId } : {}) }, { signal: controller.signal });
        for await (const event of events) {
          if (!isCurrent()) break;
          dispatch({ type: "event", event });
          // The assistant changed the cart on the server: the header's badge follows at once.
          if (event.type === "tool-finished" && event.display.kind === "cart") void refreshCart().catch(() => {});
        }
        if (isCurrent()) dispatch({ type: "ended" });
      } catch (error) {
        if (!isCurrent()) return;
        if (controller.signal.aborted) dispatch({ type: "aborted" });
        else {
          if (isNotFound(error)) {
            conversation.current = null;
            storeConversation(null);
          }
          dispatch({ type: "failed", message: errorMessage(error) });
        }
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [refreshCart],
  );

  const stop = useCallback(() => running.current?.abort(), []);

  const startOver = useCallback(() => {
    const previous = running.current;
    running.current = null;
    previous?.abort();
    conversation.current = null;
    storeConversation(null);
    dispatch({ type: "reset" });
  }, []);

  const streaming = state.messages.at(-1)?.status === "streaming";
  return { ...state, streaming, send, stop, startOver };
}
