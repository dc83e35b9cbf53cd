// The placing step's arrange buttons, on every print at once (a gallery wall is arranged as one):
// line them up, space them evenly, or hang the group at eye level; never off the wall.
import { alignSelection, centreGroupOn, distributeSelection, EYE_LEVEL_IN, groupBounds, moveGroup, type PlacedPrint } from "~/shared/wall";

export type Arrangement = "align-tops" | "align-middles" | "space-evenly" | "eye-level" | "centre";

type Wall = { widthIn: number; heightIn: number; floorY: number | null };

/** The group moved back inside the wall, as little as it takes; unchanged when it is wider than the wall. */
function keptOnWall(prints: PlacedPrint[], wall: Wall): PlacedPrint[] {
  const b = groupBounds(prints);
  const dx = b.width > wall.widthIn ? 0 : Math.min(Math.max(0, -b.x), wall.widthIn - (b.x + b.width));
  const dy = b.height > wall.heightIn ? 0 : Math.min(Math.max(0, -b.y), wall.heightIn - (b.y + b.height));
  return dx === 0 && dy === 0 ? prints : moveGroup(prints, dx, dy);
}

/** The prints arranged, or the very same array when there is nothing to arrange. */
export function arranged(prints: PlacedPrint[], how: Arrangement, wall: Wall): PlacedPrint[] {
  if (prints.length === 0 || (prints.length < 2 && (how === "align-tops" || how === "align-middles")) || (prints.length < 3 && how === "space-evenly")) return prints;
  if (how === "eye-level" && wall.floorY === null) return prints;
  const centre = groupBounds(prints);
  const next =
    how === "align-tops"
      ? alignSelection(prints, "top")
      : how === "align-middles"
        ? alignSelection(prints, "centre-y")
        : how === "space-evenly"
          ? distributeSelection(prints, "x")
          : how === "eye-level"
            ? centreGroupOn(prints, { x: centre.x + centre.width / 2, y: wall.floorY! - EYE_LEVEL_IN })
            : centreGroupOn(prints, { x: wall.widthIn / 2, y: wall.floorY !== null ? wall.floorY - EYE_LEVEL_IN : wall.heightIn / 2 });
  return keptOnWall(next, wall);
}
