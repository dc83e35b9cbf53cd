// A room handed to the editor by `?room=<id>` (the assistant's link): the session's own wall upload,
// opened at the corners step once the analysis has proposed them, or with a fair start if it is slow.
import type { Quad } from "~/shared/wall";
import { wallApi } from "../../lib/wall-api";
import type { WallImage } from "./editor-types";
import { insetCorners } from "./step-wall";

const POLL_MS = 800;
/** About half a minute: the analysis takes a second or two; a stuck job must not hold the room back. */
const MAX_POLLS = 40;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function enteringRoom(id: string): Promise<{ wall: WallImage; corners: Quad }> {
  let photo = await wallApi.wallPhoto(id);
  for (let polls = 0; (photo.status === "uploaded" || photo.status === "analysing") && polls < MAX_POLLS; polls++) {
    await wait(POLL_MS);
    photo = await wallApi.wallPhoto(id);
  }
  const wall: WallImage = { source: { kind: "photo", wallPhotoId: photo.id }, imageUrl: photo.imageUrl, width: photo.width, height: photo.height };
  return { wall, corners: photo.analysis?.corners ?? insetCorners(photo.width, photo.height) };
}
