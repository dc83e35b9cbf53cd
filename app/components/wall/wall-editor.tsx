// The wall editor: one reducer holds the whole scene across the five steps; loaded lazily by the
// /wall route so Konva never reaches another page.
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { trpc } from "../../lib/trpc";
import { Notice } from "../ui/notice";
import { Button } from "../ui/button";
import { editorReducer, initialEditorState } from "./editor-reducer";
import { STEP_TITLES, type EditorStep, type EditorState } from "./editor-types";
import { printPhotoOf } from "./print-photo";
import { StepCorners } from "./step-corners";
import { StepPlace } from "./step-place";
import { StepSave } from "./step-save";
import { StepScale } from "./step-scale";
import { StepWall } from "./step-wall";
import { enteringRoom } from "./entering-room";
import { useDraft } from "./use-draft";
import { restoreDraft } from "./wall-restore";

export type WallEditorProps = { photo: string | null; variant: number | null; mockup: string | null; room: string | null };

const STEPS = [1, 2, 3, 4, 5] as const;

function reachable(state: EditorState, step: EditorStep): boolean {
  if (step === 1) return true;
  if (step <= 3) return state.wall !== null;
  return state.size !== null;
}

export default function WallEditor({ photo, variant, mockup, room }: WallEditorProps) {
  const [state, dispatch] = useReducer(editorReducer, photo && variant ? { slug: photo, variantId: variant } : null, initialEditorState);
  const [error, setError] = useState<string | null>(null);
  const [draftError, setDraftError] = useState<string | null>(null);
  const placedEntering = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useDraft(state, dispatch, useCallback((message: string | null) => setDraftError(message), []));

  useEffect(() => {
    if (!photo) return;
    trpc.catalog.photoBySlug.query({ slug: photo }).then(
      (detail) => dispatch({ type: "know-photo", photo: printPhotoOf(detail) }),
      () => setError("That print could not be found; add one from the catalogue on your wall."),
    );
  }, [photo]);

  useEffect(() => {
    if (!mockup) return;
    void restoreDraft(mockup).then((restored) => restored && dispatch({ type: "restore", state: restored }), () => setError("That draft is no longer here. Start a new wall below."));
  }, [mockup]);

  useEffect(() => {
    // A draft carries its own wall.
    if (!room || mockup) return;
    let current = true;
    enteringRoom(room).then(
      (entered) => {
        if (!current) return;
        dispatch({ type: "set-wall", ...entered });
        dispatch({ type: "go", step: 2 });
      },
      () => current && setError("That photo of your room is no longer here. Choose a wall below."),
    );
    return () => {
      current = false;
    };
  }, [room, mockup]);

  const { entering, size, photos, prints } = state;
  useEffect(() => {
    if (placedEntering.current || !entering || !size || !photos[entering.slug] || prints.length > 0) return;
    placedEntering.current = true;
    const known = photos[entering.slug]!.variants.some((v) => v.id === entering.variantId) ? entering.variantId : photos[entering.slug]!.variants[0]?.id;
    if (known !== undefined) dispatch({ type: "add-print", slug: entering.slug, variantId: known });
  }, [entering, size, photos, prints.length]);

  const go = (step: EditorStep) => {
    dispatch({ type: "go", step });
    heading.current?.focus();
  };

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Steps">
        <ol className="flex flex-wrap gap-1 text-sm">
          {STEPS.map((step) => (
            <li key={step}>
              <button type="button" onClick={() => go(step)} disabled={!reachable(state, step)} aria-current={state.step === step ? "step" : undefined} className={`min-h-11 rounded-full px-3 ${state.step === step ? "bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900" : "text-stone-700 disabled:text-stone-500 dark:text-stone-300 dark:disabled:text-stone-400"}`}>
                {step} · {STEP_TITLES[step]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h2 ref={heading} tabIndex={-1} className="font-serif text-2xl outline-none">
        {state.step} · {STEP_TITLES[state.step]}
      </h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {draftError ? <Notice>{draftError}</Notice> : null}
      {state.step === 1 ? (
        <StepWall
          onChosen={(chosen) => {
            dispatch({ type: "set-wall", ...chosen });
            go(chosen.size ? 4 : 2);
          }}
        />
      ) : null}
      {state.step === 2 && state.wall && state.corners ? <StepCorners wall={state.wall} corners={state.corners} dispatch={dispatch} /> : null}
      {state.step === 3 && state.wall && state.corners ? (
        <StepScale
          wall={state.wall}
          corners={state.corners}
          size={state.size}
          marks={state.marks}
          onMarks={(marks) => dispatch({ type: "set-marks", marks })}
          onSize={(next, floorY) => {
            // A sample room's calibrated floor stays unless the shopper marks another.
            dispatch({ type: "set-size", ...next, floorY: floorY ?? state.floorY });
            go(4);
          }}
        />
      ) : null}
      {state.step === 4 ? <StepPlace state={state} dispatch={dispatch} /> : null}
      {state.step === 5 ? <StepSave draftId={state.draftId} printCount={state.prints.length} /> : null}
      <div className="flex justify-between gap-2">
        {state.step > 1 ? <Button type="button" variant="secondary" onClick={() => go((state.step - 1) as EditorStep)}>Back</Button> : <span />}
        {state.step < 5 && state.step !== 3 ? (
          <Button type="button" onClick={() => go((state.step + 1) as EditorStep)} disabled={!reachable(state, (state.step + 1) as EditorStep)}>Next</Button>
        ) : null}
      </div>
    </div>
  );
}

