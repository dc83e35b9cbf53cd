// The wall editor's one reducer: the whole scene lives here, so going back a step and forward
// again loses nothing (finding 20), and every change to the scene can be undone.
import { EYE_LEVEL_IN, MAX_PRINTS_PER_SCENE, snapToSoldSize, stepSoldSize, type PlacedPrint, type Quad } from "~/shared/wall";
import { arranged, type Arrangement } from "./arrange";
import type { EditorState, EditorStep, PrintPhoto, ScaleMarks, SceneSnapshot, WallImage } from "./editor-types";

export type EditorAction =
  | { type: "go"; step: EditorStep }
  | { type: "set-wall"; wall: WallImage; corners: Quad; size?: { widthIn: number; heightIn: number }; floorY?: number | null }
  | { type: "move-corner"; index: 0 | 1 | 2 | 3; x: number; y: number; record: boolean }
  | { type: "set-size"; widthIn: number; heightIn: number; floorY: number | null }
  | { type: "set-marks"; marks: ScaleMarks }
  | { type: "arrange"; how: Arrangement }
  | { type: "know-photo"; photo: PrintPhoto }
  | { type: "add-print"; slug: string; variantId: number }
  | { type: "select"; id: string | null }
  | { type: "move-print"; id: string; x: number; y: number; record: boolean }
  | { type: "nudge"; dx: number; dy: number }
  | { type: "resize-print"; id: string; requestedWidthIn: number; record: boolean }
  | { type: "step-size"; direction: "larger" | "smaller" }
  | { type: "remove" }
  | { type: "duplicate" }
  | { type: "checkpoint" }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "restore"; state: Partial<EditorState> }
  | { type: "draft-saved"; id: string };

const HISTORY_LIMIT = 100;
/** Room left between a duplicate and its original: the middle of the 2–3 in a gallery wall wants. */
const DUPLICATE_GAP_IN = 2.5;

export function initialEditorState(entering: EditorState["entering"] = null): EditorState {
  return { step: 1, wall: null, corners: null, size: null, floorY: null, prints: [], photos: {}, selectedId: null, past: [], future: [], entering, draftId: null, marks: null };
}

const snapshot = (s: EditorState): SceneSnapshot => ({ corners: s.corners, size: s.size, floorY: s.floorY, prints: s.prints });

function recorded(state: EditorState, next: Partial<EditorState>): EditorState {
  return { ...state, ...next, past: [...state.past, snapshot(state)].slice(-HISTORY_LIMIT), future: [] };
}

/** The catalogue photo and sold size behind a variant on the wall, when the editor knows it. */
export function photoOfVariant(state: Pick<EditorState, "photos">, variantId: number) {
  for (const photo of Object.values(state.photos)) {
    const variant = photo.variants.find((v) => v.id === variantId);
    if (variant) return { photo, variant };
  }
  return null;
}

const soldSizes = (photo: PrintPhoto, material: PlacedPrint["material"]) =>
  photo.variants.filter((v) => v.material === material).map((v) => ({ variantId: v.id, widthIn: v.widthIn, heightIn: v.heightIn, priceCents: v.priceCents }));

function newPrintId(prints: readonly PlacedPrint[]): string {
  let n = prints.length + 1;
  while (prints.some((p) => p.id === `print-${n}`)) n++;
  return `print-${n}`;
}

function placeNew(state: EditorState, slug: string, variantId: number): EditorState {
  const photo = state.photos[slug];
  const variant = photo?.variants.find((v) => v.id === variantId);
  if (!photo || !variant || !state.size || state.prints.length >= MAX_PRINTS_PER_SCENE) return state;
  const heightIn = variant.widthIn / photo.aspect;
  const centreY = state.floorY !== null ? state.floorY - EYE_LEVEL_IN : state.size.heightIn / 2;
  const print: PlacedPrint = { id: newPrintId(state.prints), variantId, material: variant.material, x: state.size.widthIn / 2 - variant.widthIn / 2, y: centreY - heightIn / 2, width: variant.widthIn, height: heightIn };
  return recorded(state, { prints: [...state.prints, print], selectedId: print.id });
}

function resized(state: EditorState, print: PlacedPrint, target: { variant: { variantId: number }; widthIn: number; heightIn: number } | null): PlacedPrint {
  // The same size again changes nothing, so a resize gesture renders only when the snapped size changes.
  if (!target || (target.variant.variantId === print.variantId && target.widthIn === print.width && target.heightIn === print.height)) return print;
  // Resizing keeps the print's centre where the shopper put it.
  const cx = print.x + print.width / 2;
  const cy = print.y + print.height / 2;
  return { ...print, variantId: target.variant.variantId, x: cx - target.widthIn / 2, y: cy - target.heightIn / 2, width: target.widthIn, height: target.heightIn };
}

function updatePrint(state: EditorState, id: string | null, record: boolean, change: (print: PlacedPrint, photo: PrintPhoto | null) => PlacedPrint): EditorState {
  const print = state.prints.find((p) => p.id === id);
  if (!print) return state;
  const next = change(print, photoOfVariant(state, print.variantId)?.photo ?? null);
  if (next === print) return state;
  const prints = state.prints.map((p) => (p.id === id ? next : p));
  return record ? recorded(state, { prints }) : { ...state, prints };
}

/** After undo or redo the selection stays on a print that is there, so the keys keep working. */
const stillThere = (prints: readonly PlacedPrint[], id: string | null) => (prints.some((p) => p.id === id) ? id : (prints.at(-1)?.id ?? null));

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "go":
      return { ...state, step: action.step };
    case "set-wall":
      return recorded(state, { wall: action.wall, corners: action.corners, size: action.size ?? state.size, floorY: action.floorY ?? state.floorY });
    case "move-corner": {
      if (!state.corners) return state;
      const corners = state.corners.map((c, i) => (i === action.index ? { x: action.x, y: action.y } : c)) as unknown as Quad;
      return action.record ? recorded(state, { corners }) : { ...state, corners };
    }
    case "set-size":
      return recorded(state, { size: { widthIn: action.widthIn, heightIn: action.heightIn }, floorY: action.floorY });
    case "set-marks":
      return { ...state, marks: action.marks };
    case "arrange": {
      if (!state.size) return state;
      const prints = arranged(state.prints, action.how, { widthIn: state.size.widthIn, heightIn: state.size.heightIn, floorY: state.floorY });
      return prints === state.prints ? state : recorded(state, { prints });
    }
    case "know-photo":
      return { ...state, photos: { ...state.photos, [action.photo.slug]: action.photo } };
    case "add-print":
      return placeNew(state, action.slug, action.variantId);
    case "select":
      return { ...state, selectedId: action.id };
    case "move-print":
      return updatePrint(state, action.id, action.record, (p) => ({ ...p, x: action.x, y: action.y }));
    case "nudge":
      return updatePrint(state, state.selectedId, true, (p) => ({ ...p, x: p.x + action.dx, y: p.y + action.dy }));
    case "resize-print":
      return updatePrint(state, action.id, action.record, (p, photo) => (photo ? resized(state, p, snapToSoldSize(soldSizes(photo, p.material), photo.aspect, action.requestedWidthIn)) : p));
    case "step-size":
      return updatePrint(state, state.selectedId, true, (p, photo) => (photo ? resized(state, p, stepSoldSize(soldSizes(photo, p.material), photo.aspect, p.width, action.direction)) : p));
    case "remove":
      if (!state.prints.some((p) => p.id === state.selectedId)) return state;
      return recorded(state, { prints: state.prints.filter((p) => p.id !== state.selectedId), selectedId: null });
    case "duplicate": {
      const original = state.prints.find((p) => p.id === state.selectedId);
      if (!original || state.prints.length >= MAX_PRINTS_PER_SCENE) return state;
      const copy = { ...original, id: newPrintId(state.prints), x: original.x + original.width + DUPLICATE_GAP_IN };
      return recorded(state, { prints: [...state.prints, copy], selectedId: copy.id });
    }
    case "checkpoint":
      return recorded(state, {});
    case "undo": {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { ...state, ...previous, selectedId: stillThere(previous.prints, state.selectedId), past: state.past.slice(0, -1), future: [snapshot(state), ...state.future] };
    }
    case "redo": {
      const next = state.future[0];
      if (!next) return state;
      return { ...state, ...next, selectedId: stillThere(next.prints, state.selectedId), past: [...state.past, snapshot(state)], future: state.future.slice(1) };
    }
    case "restore":
      return { ...state, ...action.state };
    case "draft-saved":
      return { ...state, draftId: action.id };
  }
}
