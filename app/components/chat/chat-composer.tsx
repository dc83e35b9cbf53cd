// Where the shopper writes: Enter sends, Shift+Enter breaks the line, Stop ends an answer, and a
// room photo can go with the message (uploaded through the wall editor's upload, with progress).
import { forwardRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { uploadWallPhoto } from "~/lib/wall-upload";

export const MAX_MESSAGE_LENGTH = 2000;

type Attachment = { name: string; progress: number; wallPhotoId: string | null; error: string | null };

type Props = { streaming: boolean; disabled: boolean; onSend: (text: string, wallPhotoId?: string) => void; onStop: () => void };

export const ChatComposer = forwardRef<HTMLTextAreaElement, Props>(function ChatComposer({ streaming, disabled, onSend, onStop }, input) {
  const [text, setText] = useState("");
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const uploading = attachment !== null && attachment.wallPhotoId === null && attachment.error === null;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const message = text.trim();
    if (!message || streaming || disabled || uploading) return;
    onSend(message, attachment?.wallPhotoId ?? undefined);
    setText("");
    setAttachment(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  }

  async function attach(file: File | undefined) {
    if (!file) return;
    setAttachment({ name: file.name, progress: 0, wallPhotoId: null, error: null });
    try {
      const uploaded = await uploadWallPhoto(file, (progress) => setAttachment((a) => (a ? { ...a, progress } : a)));
      setAttachment((a) => (a ? { ...a, progress: 1, wallPhotoId: uploaded.id } : a));
    } catch (error) {
      setAttachment((a) => (a ? { ...a, error: error instanceof Error ? error.message : "The upload did not work. Please try again." } : a));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="border-t border-stone-200 p-3 dark:border-stone-700">
      {attachment ? (
        <div className="mb-2 rounded-md border border-stone-300 p-2 text-sm dark:border-stone-600">
          <div className="flex items-center justify-between gap-2">
            <span className="truncate">
              {attachment.error ? attachment.error : uploading ? `Uploading ${attachment.name}… ${Math.round(attachment.progress * 100)}%` : `Room photo attached: ${attachment.name}`}
            </span>
            <button type="button" onClick={() => setAttachment(null)} className="shrink-0 underline underline-offset-2">
              Remove<span className="sr-only"> the room photo</span>
            </button>
          </div>
          {uploading ? <progress aria-label="Upload progress" value={attachment.progress} max={1} className="mt-1 block w-full" /> : null}
        </div>
      ) : null}
      <div className="flex items-end gap-2">
        <label className="inline-flex h-11 w-11 shrink-0 cursor-pointer items-center justify-center rounded-md border border-stone-400 hover:bg-stone-100 focus-within:outline focus-within:outline-2 dark:border-stone-500 dark:hover:bg-stone-800">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
            <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
            <circle cx="12" cy="13" r="3.5" />
          </svg>
          <span className="sr-only">Attach a photo of your room</span>
          <input type="file" accept="image/jpeg,image/png,image/webp" className="sr-only" disabled={uploading} onChange={(e) => {
            void attach(e.target.files?.[0]);
            e.target.value = "";
          }} />
        </label>
        <label className="sr-only" htmlFor="chat-message">
          Message the assistant
        </label>
        <textarea
          ref={input}
          id="chat-message"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          rows={1}
          maxLength={MAX_MESSAGE_LENGTH}
          placeholder="Ask a question"
          enterKeyHint="send"
          className="text-input max-h-32 min-h-11 flex-1 resize-none"
        />
        {streaming ? (
          <button type="button" onClick={onStop} className="button button-secondary shrink-0 px-4">
            Stop
          </button>
        ) : (
          <button type="submit" disabled={disabled || uploading || text.trim() === ""} className="button button-primary shrink-0 px-4">
            Send
          </button>
        )}
      </div>
    </form>
  );
});
