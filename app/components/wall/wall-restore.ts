// Opens a draft again from `?mockup=<id>`: its wall, its prints' catalogue photos, and, for a
// visitor's link to someone else's wall, a copy of their own to edit ("Edit a copy").
import { trpc } from "../../lib/trpc";
import { wallApi } from "../../lib/wall-api";
import type { EditorState, PrintPhoto } from "./editor-types";
import { printPhotoOf } from "./print-photo";
import { showDraftInAddress } from "./use-draft";

async function wallOf(draft: Awaited<ReturnType<typeof wallApi.get>>): Promise<EditorState["wall"]> {
  const source = draft.scene.wall;
  if (draft.wallImage) return { source, imageUrl: draft.wallImage.url, width: draft.wallImage.width, height: draft.wallImage.height };
  if (source.kind === "sample") {
    const room = (await wallApi.sampleRooms()).find((r) => r.id === source.roomId);
    return room ? { source, imageUrl: room.imageUrl, width: room.width, height: room.height } : null;
  }
  const photo = await wallApi.wallPhoto(source.wallPhotoId);
  return { source, imageUrl: photo.imageUrl, width: photo.width, height: photo.height };
}

export async function restoreDraft(id: string): Promise<Partial<EditorState> | null> {
  const draft = await wallApi.get(id);
  const wall = await wallOf(draft);
  if (!wall) return null;
  const slugs = [...new Set(draft.prints.map((p) => p.photoSlug))];
  const photos: Record<string, PrintPhoto> = {};
  for (const detail of await Promise.all(slugs.map((slug) => trpc.catalog.photoBySlug.query({ slug })))) photos[detail.slug] = printPhotoOf(detail);
  let draftId = draft.id;
  if (!draft.isOwner) {
    draftId = (await wallApi.copy(draft.id)).id;
    showDraftInAddress(draftId);
  }
  const { scene } = draft;
  return { wall, corners: scene.corners, size: { widthIn: scene.widthIn, heightIn: scene.heightIn }, floorY: scene.floorY, prints: scene.prints, photos, draftId, selectedId: scene.prints[0]?.id ?? null, step: 4 };
}
