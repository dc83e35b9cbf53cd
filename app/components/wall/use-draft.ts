// Keeps the server's draft in step with the editor: saved a moment after each change (owned by
// the session), its id put in the address so a reload or a dropped tab comes back to it.
import { useEffect, useRef } from "react";
import type { MockupScene } from "~/shared/wall";
import { wallApi } from "../../lib/wall-api";
import type { EditorAction } from "./editor-reducer";
import type { EditorState } from "./editor-types";

const SAVE_AFTER_MS = 800;

export function sceneOf(state: EditorState): MockupScene | null {
  if (!state.wall || !state.corners || !state.size) return null;
  return { wall: state.wall.source, corners: state.corners, widthIn: state.size.widthIn, heightIn: state.size.heightIn, floorY: state.floorY, prints: state.prints };
}

export function useDraft(state: EditorState, dispatch: (action: EditorAction) => void, onError: (message: string | null) => void) {
  const scene = sceneOf(state);
  const key = scene ? JSON.stringify(scene) : null;
  const saving = useRef(Promise.resolve());
  const draftId = useRef(state.draftId);
  draftId.current = state.draftId;

  useEffect(() => {
    if (!key) return;
    const timer = setTimeout(() => {
      // One save at a time, so the first one's new id is the one the next one updates.
      saving.current = saving.current.then(async () => {
        try {
          const { id } = await wallApi.saveDraft(draftId.current, JSON.parse(key) as MockupScene);
          if (id !== draftId.current) {
            dispatch({ type: "draft-saved", id });
            showDraftInAddress(id);
          }
          onError(null);
        } catch {
          onError("Your changes are kept on this page, but the draft could not be saved on the server just now.");
        }
      });
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [key, dispatch, onError]);
}

/** The draft's id in the address, so a reload (or a tab the phone dropped) opens it again. */
export function showDraftInAddress(id: string) {
  const url = new URL(window.location.href);
  url.searchParams.set("mockup", id);
  window.history.replaceState(window.history.state, "", url);
}
