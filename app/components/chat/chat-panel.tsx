// The assistant's panel, loaded on the launcher's first use: a native modal <dialog> (Escape closes
// it, focus stays inside, the page behind is inert), full screen on a phone and a side panel from
// the small breakpoint up, sized to the visual viewport so the on-screen keyboard never hides the input.
import { useNavigate } from "@remix-run/react";
import { useEffect, useId, useRef, useState, type MouseEvent, type RefObject } from "react";
import { ChatComposer } from "./chat-composer";
import { ChatMessages } from "./chat-messages";
import { announcementFor, type AssistantKind } from "./chat-state";
import { useChat } from "./use-chat";

const SUGGESTIONS = ["Show me sunset prints", "What's in my cart?", "How long does shipping take?", "Track my order"];

/** On a phone the keyboard shrinks the visual viewport, not the layout one: follow the visual one. */
function useVisualViewportHeight(dialog: RefObject<HTMLDialogElement>, open: boolean) {
  useEffect(() => {
    const viewport = window.visualViewport;
    const element = dialog.current;
    if (!open || !viewport || !element) return;
    const fit = () => {
      element.style.height = `${viewport.height}px`;
      element.style.top = `${viewport.offsetTop}px`;
    };
    fit();
    viewport.addEventListener("resize", fit);
    viewport.addEventListener("scroll", fit);
    return () => {
      viewport.removeEventListener("resize", fit);
      viewport.removeEventListener("scroll", fit);
      element.style.height = "";
      element.style.top = "";
    };
  }, [dialog, open]);
}

function AssistantLine({ assistant }: { assistant: AssistantKind | null }) {
  if (assistant === "offline") {
    return <p className="pb-1 text-sm text-stone-600 dark:text-stone-400">This is the shop's offline assistant: it follows fixed rules, not an AI model.</p>;
  }
  if (assistant === "anthropic") return <p className="pb-1 text-sm text-stone-600 dark:text-stone-400">Answers come from an AI model and can be wrong; prices and your cart are the shop's own.</p>;
  return null;
}

export function ChatPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const navigate = useNavigate();
  const chat = useChat();
  const [announcement, setAnnouncement] = useState("");
  const last = chat.messages.at(-1);
  const lastAnswer = last?.role === "assistant" ? last : null;
  const heard = useRef<{ id: string; status: string } | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      input.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  useVisualViewportHeight(dialog, open);

  // A screen reader hears that an answer started, then the answer once it is complete; never the
  // history restored on opening, nor every streamed word.
  useEffect(() => {
    if (!lastAnswer) return;
    const before = heard.current;
    heard.current = { id: lastAnswer.id, status: lastAnswer.status };
    if (lastAnswer.status === "streaming") {
      if (before?.status !== "streaming") setAnnouncement("The assistant is answering…");
    } else if (before?.status === "streaming") setAnnouncement(announcementFor(lastAnswer));
  }, [lastAnswer]);

  // Links to this site open in the page behind, as the router's own navigation, and close the panel.
  function followOwnLinks(event: MouseEvent<HTMLElement>) {
    const link = (event.target as HTMLElement).closest("a");
    const href = link?.getAttribute("href");
    if (!link || !href?.startsWith("/") || link.target || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onClose();
    navigate(href);
  }

  function ask(text: string, wallPhotoId?: string) {
    void chat.send(text, wallPhotoId);
    input.current?.focus();
  }

  function startOver() {
    chat.startOver();
    setAnnouncement("A new conversation has started.");
    input.current?.focus();
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => event.target === event.currentTarget && onClose()}
      className="fixed inset-0 m-0 h-[100dvh] max-h-none w-full max-w-none bg-white p-0 text-stone-900 backdrop:bg-black/50 dark:bg-stone-900 dark:text-stone-100 sm:left-auto sm:right-0 sm:max-w-md sm:shadow-xl"
    >
      <div className="flex h-full flex-col">
        <div className="border-b border-stone-200 px-4 py-2 dark:border-stone-700">
          <div className="flex items-center justify-between gap-3">
            <h2 id={titleId} className="text-lg font-semibold">
              Assistant
            </h2>
            <div className="flex shrink-0 items-center gap-1">
              <button type="button" onClick={startOver} disabled={chat.messages.length === 0} className="button button-quiet min-h-10 px-2 text-sm">
                New conversation
              </button>
              <button type="button" onClick={onClose} aria-label="Close the assistant" className="inline-flex h-10 w-10 items-center justify-center rounded-full hover:bg-stone-100 dark:hover:bg-stone-800">
                <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                  <path d="M6 6l12 12M18 6L6 18" />
                </svg>
              </button>
            </div>
          </div>
          <AssistantLine assistant={chat.assistant} />
        </div>
        <div onClick={followOwnLinks} className="flex-1 overflow-y-auto overscroll-contain px-4 py-4">
          {chat.restoring ? <p className="text-sm text-stone-600 dark:text-stone-400">Loading your conversation…</p> : null}
          {!chat.restoring && chat.messages.length === 0 ? (
            <div className="space-y-3">
              <p>Hello! I can find prints by subject, colour, place or price, show their sizes, fill your cart and track an order.</p>
              <ul aria-label="Suggestions" className="flex flex-wrap gap-2">
                {SUGGESTIONS.map((text) => (
                  <li key={text}>
                    <button type="button" onClick={() => ask(text)} className="variant-choice">
                      {text}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <ChatMessages messages={chat.messages} />
          )}
        </div>
        <div role="status" aria-label="Assistant announcements" className="sr-only">
          {announcement}
        </div>
        <ChatComposer ref={input} streaming={chat.streaming} disabled={chat.restoring} onSend={ask} onStop={chat.stop} />
      </div>
    </dialog>
  );
}
