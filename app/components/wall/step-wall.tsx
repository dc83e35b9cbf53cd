// Step 1: a sample room drawn by the seed, or the shopper's own photo (camera, file, drop or paste).
import { useEffect, useState, type DragEvent } from "react";
import type { Quad, SampleRoom } from "~/shared/wall";
import { wallApi } from "../../lib/wall-api";
import { uploadWallPhoto } from "../../lib/wall-upload";
import { Notice } from "../ui/notice";
import type { WallImage } from "./editor-types";
import { errorMessage } from "~/lib/trpc";

const POLL_MS = 800;

type Chosen = { wall: WallImage; corners: Quad; size?: { widthIn: number; heightIn: number }; floorY?: number | null };

/** Before the analysis proposes corners, a rectangle inset from the photo's edges is a fair start. */
export function insetCorners(width: number, height: number): Quad {
  const [x0, x1, y0, y1] = [width * 0.2, width * 0.8, height * 0.15, height * 0.6];
  return [{ x: x0, y: y0 }, { x: x1, y: y0 }, { x: x1, y: y1 }, { x: x0, y: y1 }];
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function StepWall({ onChosen }: { onChosen: (chosen: Chosen) => void }) {
  const [rooms, setRooms] = useState<SampleRoom[] | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [analysing, setAnalysing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    wallApi.sampleRooms().then(setRooms, () => setRooms([]));
  }, []);

  async function upload(file: File | undefined) {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      const uploaded = await uploadWallPhoto(file, setProgress);
      setAnalysing(true);
      let photo = await wallApi.wallPhoto(uploaded.id);
      while (photo.status === "uploaded" || photo.status === "analysing") {
        await wait(POLL_MS);
        photo = await wallApi.wallPhoto(uploaded.id);
      }
      const wall: WallImage = { source: { kind: "photo", wallPhotoId: photo.id }, imageUrl: photo.imageUrl, width: photo.width, height: photo.height };
      onChosen({ wall, corners: photo.analysis?.corners ?? insetCorners(photo.width, photo.height) });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setProgress(null);
      setAnalysing(false);
    }
  }

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith("image/"));
      if (file) void upload(file);
    };
    window.addEventListener("paste", onPaste);
    return () => window.removeEventListener("paste", onPaste);
  });

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void upload(event.dataTransfer.files[0]);
  };

  return (
    <div className="flex flex-col gap-6">
      {rooms && rooms.length > 0 ? (
        <section aria-labelledby="sample-rooms-heading">
          <h3 id="sample-rooms-heading" className="font-serif text-xl">Try a sample room</h3>
          <ul className="mt-3 grid gap-3 sm:grid-cols-3">
            {rooms.map((room) => (
              <li key={room.id}>
                <button
                  type="button"
                  className="w-full overflow-hidden rounded-md border border-stone-300 text-left hover:border-stone-900 focus-visible:outline focus-visible:outline-2 dark:border-stone-600 dark:hover:border-stone-100"
                  onClick={() => onChosen({ wall: { source: { kind: "sample", roomId: room.id }, imageUrl: room.imageUrl, width: room.width, height: room.height }, corners: room.corners, size: { widthIn: room.widthIn, heightIn: room.heightIn }, floorY: room.floorY })}
                >
                  <img src={room.imageUrl} alt="" width={room.width} height={room.height} className="aspect-[4/3] w-full object-cover" />
                  <span className="block p-2 font-medium">{room.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="own-wall-heading" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} className="rounded-md border-2 border-dashed border-stone-400 p-4 dark:border-stone-500">
        <h3 id="own-wall-heading" className="font-serif text-xl">Or use a photo of your wall</h3>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Stand square to the wall. Take a photo, choose one, drop it here or paste it. JPEG, PNG or WebP, up to 10 MB.</p>
        <label className="button button-primary mt-3 inline-flex cursor-pointer">
          Take or choose a photo
          <input type="file" accept="image/jpeg,image/png,image/webp" capture="environment" className="sr-only" onChange={(e) => void upload(e.target.files?.[0])} disabled={progress !== null} />
        </label>
        {progress !== null ? (
          <div className="mt-3">
            <label className="text-sm" htmlFor="wall-upload-progress">{analysing ? "Finding your wall…" : `Uploading… ${Math.round(progress * 100)}%`}</label>
            {analysing ? (
              <progress id="wall-upload-progress" className="block w-full" />
            ) : (
              <progress id="wall-upload-progress" className="block w-full" value={progress} max={1} />
            )}
          </div>
        ) : null}
      </section>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
