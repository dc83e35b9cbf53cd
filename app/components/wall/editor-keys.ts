// The keys the placing step answers: arrows move the selected print 1 in (Shift: 6 in), + and −
// step through the sold sizes, Delete removes, Ctrl/⌘+Z undoes and Shift or Y redoes.
import type { EditorAction } from "./editor-reducer";

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export function actionForKey(press: KeyPress): EditorAction | null {
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  if (command && key === "z") return { type: press.shiftKey ? "redo" : "undo" };
  if (command && key === "y") return { type: "redo" };
  if (command) return null;
  const arrow = ARROWS[press.key];
  if (arrow) {
    const step = press.shiftKey ? 6 : 1;
    return { type: "nudge", dx: arrow[0] * step, dy: arrow[1] * step };
  }
  if (press.key === "+" || press.key === "=") return { type: "step-size", direction: "larger" };
  if (press.key === "-" || press.key === "_") return { type: "step-size", direction: "smaller" };
  if (press.key === "Delete" || press.key === "Backspace") return { type: "remove" };
  return null;
}
