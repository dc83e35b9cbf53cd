// The editor's calls to the `mockups` procedures, over tRPC's plain HTTP shape (GET with `input`,
// POST with a JSON body, `{ result: { data } }` back), typed here by what the editor reads.
import type { MockupScene, Quad, SampleRoom } from "~/shared/wall";

export class WallApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as { result?: { data: T }; error?: { message?: string } } | null;
  if (!response.ok || !body?.result) {
    const message = response.status < 500 && body?.error?.message ? body.error.message : "Something went wrong. Please check your connection and try again.";
    throw new WallApiError(message, response.status);
  }
  return body.result.data;
}

export async function wallQuery<T>(path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return answer<T>(await fetch(`/api/trpc/${path}${query}`, { headers: { accept: "application/json" } }));
}

export async function wallMutation<T>(path: string, input: unknown): Promise<T> {
  return answer<T>(await fetch(`/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }));
}

export type WallPhotoStatus = {
  id: string;
  status: "uploaded" | "analysing" | "ready" | "failed";
  imageUrl: string;
  width: number;
  height: number;
  analysis: { corners: Quad } | null;
  error: string | null;
};

export type MockupDraft = {
  id: string;
  status: "draft" | "saved";
  isOwner: boolean;
  scene: MockupScene;
  wallImage: { url: string; width: number; height: number } | null;
  prints: { id: string; variantId: number; photoSlug: string }[];
};

export const wallApi = {
  sampleRooms: () => wallQuery<SampleRoom[]>("mockups.sampleRooms"),
  wallPhoto: (id: string) => wallQuery<WallPhotoStatus>("mockups.wallPhoto", { id }),
  saveDraft: (id: string | null, scene: MockupScene) => wallMutation<{ id: string }>("mockups.saveDraft", id ? { id, scene } : { scene }),
  get: (id: string) => wallQuery<MockupDraft>("mockups.get", { id }),
  copy: (id: string) => wallMutation<{ id: string }>("mockups.copy", { id }),
  save: (id: string, title?: string) => wallMutation<{ id: string; shareUrl: string; compositeUrl: string }>("mockups.save", title ? { id, title } : { id }),
};
