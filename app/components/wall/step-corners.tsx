// Step 2: four corner handles over the photo mark a rectangle flat on the wall; the analysis
// job's proposal (or a sample room's calibration) is where they start.
import type { Quad } from "~/shared/wall";
import type { EditorAction } from "./editor-reducer";
import type { WallImage } from "./editor-types";
import { PhotoHandles } from "./photo-handles";

const NAMES = ["top left corner", "top right corner", "bottom right corner", "bottom left corner"] as const;

export function StepCorners({ wall, corners, dispatch }: { wall: WallImage; corners: Quad; dispatch: (action: EditorAction) => void }) {
  return (
    <div>
      <p className="mb-3 text-stone-700 dark:text-stone-300">Drag the four corners onto something flat and rectangular on the wall: a frame, a window, a panel, or the wall itself.</p>
      <PhotoHandles
        wall={wall}
        points={corners}
        names={NAMES}
        colour="#0f766e"
        onStart={() => dispatch({ type: "checkpoint" })}
        onMove={(index, p, record) => dispatch({ type: "move-corner", index: index as 0 | 1 | 2 | 3, x: p.x, y: p.y, record })}
      />
    </div>
  );
}
