// Step 4: the prints on the wall. The canvas takes touch and mouse; the wall's box takes the keys;
// the bar under it says the selected print's size and price and holds the buttons.
import { useMemo, type KeyboardEvent } from "react";
import { formatMoney } from "~/shared/money";
import { eyeLevelGuide, formatSize, MAX_PRINTS_PER_SCENE, spacingGuides, wallPlaneOfSize, type WallPlane } from "~/shared/wall";
import { Button } from "../ui/button";
import { actionForKey } from "./editor-keys";
import { photoOfVariant, type EditorAction } from "./editor-reducer";
import type { EditorState } from "./editor-types";
import type { Arrangement } from "./arrange";
import { PrintPicker } from "./print-picker";
import { WallStage } from "./wall-stage";

const MATERIAL_NAMES = { paper: "Fine-art paper", canvas: "Canvas", metal: "Metal" } as const;

export function StepPlace({ state, dispatch }: { state: EditorState; dispatch: (action: EditorAction) => void }) {
  const plane: WallPlane | null = useMemo(() => (state.corners && state.size ? wallPlaneOfSize(state.corners, state.size.widthIn, state.size.heightIn) : null), [state.corners, state.size]);
  const selected = state.prints.find((p) => p.id === state.selectedId) ?? null;
  const sold = selected ? photoOfVariant(state, selected.variantId) : null;
  const total = state.prints.reduce((sum, p) => sum + (photoOfVariant(state, p.variantId)?.variant.priceCents ?? 0), 0);
  const gaps = spacingGuides(state.prints);
  const eyeLevel = state.floorY !== null && state.prints.length > 0 ? eyeLevelGuide(state.prints, state.floorY) : null;
  const arrange = (how: Arrangement) => dispatch({ type: "arrange", how });

  function onKeyDown(event: KeyboardEvent) {
    const action = actionForKey(event);
    if (!action) return;
    event.preventDefault();
    dispatch(action);
  }

  if (!plane) return <p>Mark the wall's corners and its size first.</p>;
  return (
    <div className="flex flex-col gap-3">
      <div
        tabIndex={0}
        role="application"
        aria-label="Your wall with its prints. Arrow keys move the selected print 1 inch, with Shift 6 inches; plus and minus change its size; Delete removes it."
        onKeyDown={onKeyDown}
        className="rounded-md focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        <WallStage state={state} plane={plane} dispatch={dispatch} />
      </div>
      <p role="status" aria-live="polite" className="min-h-6 text-lg" data-testid="print-size">
        {selected && sold ? `${sold.photo.title}: ${formatSize(selected.width, selected.height)} · ${MATERIAL_NAMES[selected.material]} · ${formatMoney(sold.variant.priceCents)}` : "Tap a print to choose it."}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" aria-label="Smaller size" onClick={() => dispatch({ type: "step-size", direction: "smaller" })} disabled={!selected}>−</Button>
        <Button type="button" variant="secondary" aria-label="Larger size" onClick={() => dispatch({ type: "step-size", direction: "larger" })} disabled={!selected}>+</Button>
        <Button type="button" variant="secondary" onClick={() => dispatch({ type: "duplicate" })} disabled={!selected || state.prints.length >= MAX_PRINTS_PER_SCENE}>Duplicate</Button>
        <Button type="button" variant="secondary" onClick={() => dispatch({ type: "remove" })} disabled={!selected}>Remove</Button>
        <Button type="button" variant="quiet" onClick={() => dispatch({ type: "undo" })} disabled={state.past.length === 0}>Undo</Button>
        <Button type="button" variant="quiet" onClick={() => dispatch({ type: "redo" })} disabled={state.future.length === 0}>Redo</Button>
      </div>
      {state.prints.length > 0 ? (
        <div role="group" aria-label="Arrange all prints" className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium">Arrange all:</span>
          <Button type="button" variant="secondary" onClick={() => arrange("align-tops")} disabled={state.prints.length < 2}>Align tops</Button>
          <Button type="button" variant="secondary" onClick={() => arrange("align-middles")} disabled={state.prints.length < 2}>Align middles</Button>
          <Button type="button" variant="secondary" onClick={() => arrange("space-evenly")} disabled={state.prints.length < 3}>Space evenly</Button>
          <Button type="button" variant="secondary" onClick={() => arrange("centre")}>Centre on the wall</Button>
          {state.floorY !== null ? <Button type="button" variant="secondary" onClick={() => arrange("eye-level")}>Hang at eye level</Button> : null}
        </div>
      ) : null}
      {eyeLevel ? (
        <p className="text-sm text-stone-700 dark:text-stone-300" data-testid="eye-level">
          {Math.abs(eyeLevel.offsetIn) < 0.5 ? "The group's centre is at eye level, 57 in above the floor." : `The group's centre is ${Math.abs(eyeLevel.offsetIn).toFixed(1)} in ${eyeLevel.offsetIn > 0 ? "above" : "below"} eye level (57 in above the floor).`}
        </p>
      ) : (
        <p className="text-sm text-stone-600 dark:text-stone-400">Mark the floor in step 3 to see the eye-level guide.</p>
      )}
      <PrintPicker
        disabled={state.prints.length >= MAX_PRINTS_PER_SCENE}
        onPick={(photo, variantId) => {
          dispatch({ type: "know-photo", photo });
          dispatch({ type: "add-print", slug: photo.slug, variantId });
        }}
      />
      {gaps.length > 0 ? (
        <ul aria-label="Spacing between prints" className="text-sm text-stone-700 dark:text-stone-300">
          {gaps.map((g) => (
            <li key={`${g.axis}-${g.fromId}-${g.toId}`}>
              {g.axis === "x" ? "Side by side" : "One above the other"}: {g.gapIn.toFixed(1)} in apart{g.recommended ? " (a good gallery gap)" : " (2–3 in reads as one group)"}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm text-stone-600 dark:text-stone-400">{state.prints.length} of at most {MAX_PRINTS_PER_SCENE} prints · together {formatMoney(total)}</p>
    </div>
  );
}
