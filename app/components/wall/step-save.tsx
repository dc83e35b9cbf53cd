// Step 5: the server checks the scene, renders the composite and gives a link to share.
import { useState } from "react";
import { wallApi } from "../../lib/wall-api";
import { Button } from "../ui/button";
import { Notice } from "../ui/notice";
import { TextField } from "../ui/text-field";
import { errorMessage } from "~/lib/trpc";

export function StepSave({ draftId, printCount }: { draftId: string | null; printCount: number }) {
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ shareUrl: string; compositeUrl: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    if (!draftId) return;
    setBusy(true);
    setError(null);
    try {
      setSaved(await wallApi.save(draftId, title.trim() || undefined));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  if (saved) {
    return (
      <Notice tone="success">
        <img src={saved.compositeUrl} alt="Your wall with the prints" className="mb-3 w-full rounded" />
        Saved. <a href={saved.shareUrl} className="font-medium underline">Open the share page</a> to send it or add the prints to your cart.
      </Notice>
    );
  }
  return (
    <form
      noValidate
      className="flex max-w-md flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField label="A name for this wall (optional)" name="title" maxLength={80} value={title} onChange={(e) => setTitle(e.target.value)} />
      {!draftId ? <p className="text-sm text-stone-600 dark:text-stone-400">Your draft is being saved; the button works once it is.</p> : null}
      <Button type="submit" busy={busy} busyLabel="Saving…" disabled={!draftId || printCount === 0}>Save and share</Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </form>
  );
}
