// The editor's calls to the `mockups` procedures, through the typed client: the answers' types come
// from the router itself, so the editor and the server cannot drift apart.
import type { MockupScene, Point, Quad } from "~/shared/wall";
import { trpc } from "./trpc";

/** The scene as the procedure's input: the same values, the corners as a plain (not readonly) tuple. */
function sceneInput(scene: MockupScene) {
  const [topLeft, topRight, bottomRight, bottomLeft] = scene.corners;
  return { ...scene, corners: [topLeft, topRight, bottomRight, bottomLeft] as [Point, Point, Point, Point], prints: [...scene.prints] };
}

/** JSON has no fixed-length arrays: the four corners come back as a list, checked here to be four. */
function asQuad(points: readonly Point[]): Quad {
  const [a, b, c, d, ...rest] = points;
  if (!a || !b || !c || !d || rest.length > 0) throw new Error("the store answered a wall with other than four corners");
  return [a, b, c, d];
}

export const wallApi = {
  sampleRooms: async () => (await trpc.mockups.sampleRooms.query()).map((room) => ({ ...room, corners: asQuad(room.corners) })),
  wallPhoto: (id: string) => trpc.mockups.wallPhoto.query({ id }),
  saveDraft: (id: string | null, scene: MockupScene) => trpc.mockups.saveDraft.mutate(id ? { id, scene: sceneInput(scene) } : { scene: sceneInput(scene) }),
  get: async (id: string) => {
    const mockup = await trpc.mockups.get.query({ id });
    return { ...mockup, scene: { ...mockup.scene, corners: asQuad(mockup.scene.corners) } };
  },
  copy: (id: string) => trpc.mockups.copy.mutate({ id }),
  save: (id: string, title?: string) => trpc.mockups.save.mutate(title ? { id, title } : { id }),
};
