// The conversation: the shopper's words as they typed them, the assistant's as safe Markdown with
// the cards its tools showed, and a plain line for what is happening or went wrong.
import { useEffect, useRef } from "react";
import { ChatDisplay } from "./chat-displays";
import { ChatMarkdown } from "./chat-markdown";
import type { ChatMessageView } from "./chat-state";

function AnswerStatus({ message }: { message: ChatMessageView }) {
  if (message.status === "streaming") {
    return <p className="text-sm italic text-stone-600 dark:text-stone-400">{message.activity ? `${message.activity}…` : message.text ? null : "Thinking…"}</p>;
  }
  if (message.status === "stopped") return <p className="text-sm text-stone-600 dark:text-stone-400">Stopped.</p>;
  if (message.status === "failed") return <p className="text-sm text-red-700 dark:text-red-400">{message.error ?? "The assistant could not answer this time. Please try again."}</p>;
  return null;
}

/** `follow`: keep the newest words in view as they stream (the panel); the page leaves scrolling alone. */
export function ChatMessages({ messages, follow = true }: { messages: ChatMessageView[]; follow?: boolean }) {
  const end = useRef<HTMLLIElement>(null);
  const last = messages.at(-1);
  const lastSize = last ? last.text.length + last.displays.length : 0;

  // A new question scrolls to the end; a growing answer is followed unless the shopper scrolled up to read.
  useEffect(() => {
    if (follow) end.current?.scrollIntoView({ block: "end" });
  }, [follow, messages.length]);
  useEffect(() => {
    const list = end.current?.parentElement?.parentElement;
    if (!follow || !list) return;
    const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < list.clientHeight / 2;
    if (nearBottom) end.current?.scrollIntoView({ block: "end" });
  }, [follow, lastSize]);

  return (
    <ol aria-label="Conversation" className="space-y-4">
      {messages.map((message) =>
        message.role === "user" ? (
          <li key={message.id} className="ml-8 flex justify-end">
            <p className="whitespace-pre-wrap break-words rounded-lg bg-stone-900 px-3 py-2 text-white dark:bg-stone-100 dark:text-stone-900">
              <span className="sr-only">You: </span>
              {message.text}
            </p>
          </li>
        ) : (
          <li key={message.id} aria-busy={message.status === "streaming"} className="mr-4 space-y-3">
            <span className="sr-only">Assistant: </span>
            {message.text ? <ChatMarkdown text={message.text} /> : null}
            {message.displays.map((display, i) => (
              <ChatDisplay key={i} display={display} />
            ))}
            <AnswerStatus message={message} />
          </li>
        ),
      )}
      <li ref={end} aria-hidden="true" />
    </ol>
  );
}
