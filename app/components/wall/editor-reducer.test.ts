import { describe, expect, it } from "vitest";
import { editorReducer, initialEditorState, photoOfVariant, type EditorAction } from "./editor-reducer";
import { actionForKey } from "./editor-keys";
import type { EditorState, PrintPhoto } from "./editor-types";

const photo: PrintPhoto = {
  slug: "dunes",
  title: "Dunes",
  imageUrl: "/media/dunes.jpg",
  aspect: 1.5,
  variants: [
    { variantId: 11, id: 11, material: "paper", widthIn: 12, heightIn: 8, priceCents: 9000 },
    { variantId: 12, id: 12, material: "paper", widthIn: 24, heightIn: 16, priceCents: 18000 },
    { variantId: 13, id: 13, material: "paper", widthIn: 36, heightIn: 24, priceCents: 32000 },
    { variantId: 21, id: 21, material: "canvas", widthIn: 30, heightIn: 20, priceCents: 40000 },
  ],
} as PrintPhoto;

const wall = { source: { kind: "photo" as const, wallPhotoId: "w1" }, imageUrl: "/media/wall.jpg", width: 1600, height: 1200 };
const corners = [{ x: 100, y: 100 }, { x: 1500, y: 120 }, { x: 1480, y: 1000 }, { x: 120, y: 980 }] as const;

const run = (actions: EditorAction[], start: EditorState = initialEditorState()) => actions.reduce(editorReducer, start);

function placed(): EditorState {
  return run([
    { type: "set-wall", wall, corners },
    { type: "set-size", widthIn: 120, heightIn: 80, floorY: null },
    { type: "know-photo", photo },
    { type: "add-print", slug: "dunes", variantId: 12 },
  ]);
}

describe("the wall editor's reducer", () => {
  it("places the entering print at its sold size, centred on the marked wall", () => {
    const state = placed();
    expect(state.prints).toEqual([{ id: "print-1", variantId: 12, material: "paper", x: 48, y: 40 - 8, width: 24, height: 16 }]);
    expect(state.selectedId).toBe("print-1");
  });

  it("going back to the corners and forward again keeps the wall, its size and every print", () => {
    const state = placed();
    const back = run([{ type: "go", step: 2 }, { type: "go", step: 1 }, { type: "go", step: 3 }, { type: "go", step: 4 }], state);
    expect(back.step).toBe(4);
    expect(back.wall).toEqual(state.wall);
    expect(back.corners).toEqual(state.corners);
    expect(back.size).toEqual(state.size);
    expect(back.prints).toEqual(state.prints);
  });

  it("resizing snaps to the nearest size sold in that material and keeps the photo's ratio and centre", () => {
    const state = run([{ type: "resize-print", id: "print-1", requestedWidthIn: 33, record: true }], placed());
    const [print] = state.prints;
    expect(print).toMatchObject({ variantId: 13, width: 36, height: 24, x: 60 - 18, y: 32 + 8 - 12 });
    expect(print!.width / print!.height).toBe(photo.aspect);
    // Canvas is sold at 30 in only: a paper print never snaps to it.
    expect(run([{ type: "resize-print", id: "print-1", requestedWidthIn: 31, record: true }], placed()).prints[0]!.variantId).toBe(13);
  });

  it("a resize that snaps to the size the print already has leaves the state as it was", () => {
    const start = placed();
    expect(run([{ type: "resize-print", id: "print-1", requestedWidthIn: 25, record: false }], start)).toBe(start);
    expect(run([{ type: "resize-print", id: "print-1", requestedWidthIn: 35, record: false }], start)).not.toBe(start);
  });

  it("+ and − step through the sold sizes and stop at either end", () => {
    const larger = run([actionForKey({ key: "+", shiftKey: false, ctrlKey: false, metaKey: false })!], placed());
    expect(larger.prints[0]!.variantId).toBe(13);
    const again = run([{ type: "step-size", direction: "larger" }], larger);
    expect(again.prints).toBe(larger.prints);
    const smaller = run([{ type: "step-size", direction: "smaller" }, { type: "step-size", direction: "smaller" }], larger);
    expect(smaller.prints[0]!.variantId).toBe(11);
    expect(photoOfVariant(smaller, 11)?.variant.priceCents).toBe(9000);
  });

  it("arrows move the selected print 1 in, with Shift 6 in", () => {
    const press = (key: string, shiftKey = false) => actionForKey({ key, shiftKey, ctrlKey: false, metaKey: false })!;
    const state = run([press("ArrowRight"), press("ArrowDown", true), press("ArrowLeft", true), press("ArrowUp")], placed());
    expect(state.prints[0]).toMatchObject({ x: 48 + 1 - 6, y: 32 + 6 - 1 });
  });

  it("undo and redo walk back and forth through changes, and a new change drops the redo", () => {
    const start = placed();
    const moved = run([{ type: "nudge", dx: 5, dy: 0 }, { type: "duplicate" }], start);
    expect(moved.prints).toHaveLength(2);
    expect(moved.prints[1]).toMatchObject({ id: "print-2", x: 53 + 24 + 2.5 });
    const undone = run([{ type: "undo" }, { type: "undo" }], moved);
    expect(undone.prints).toEqual(start.prints);
    expect(undone.selectedId).toBe("print-1");
    const redone = run([{ type: "redo" }], undone);
    expect(redone.prints[0]!.x).toBe(53);
    expect(run([{ type: "nudge", dx: 0, dy: 1 }], redone).future).toEqual([]);
    const ctrlZ = actionForKey({ key: "z", shiftKey: false, ctrlKey: true, metaKey: false });
    expect(run([ctrlZ!], moved).prints).toHaveLength(1);
  });

  it("a drag is one step of history: a checkpoint, then moves that are not recorded", () => {
    const start = placed();
    const dragged = run([{ type: "checkpoint" }, { type: "move-print", id: "print-1", x: 10, y: 10, record: false }, { type: "move-print", id: "print-1", x: 20, y: 12, record: false }], start);
    expect(dragged.prints[0]).toMatchObject({ x: 20, y: 12 });
    expect(run([{ type: "undo" }], dragged).prints).toEqual(start.prints);
  });

  it("Delete removes the selected print, and undo brings it back", () => {
    const removed = run([actionForKey({ key: "Delete", shiftKey: false, ctrlKey: false, metaKey: false })!], placed());
    expect(removed.prints).toEqual([]);
    expect(run([{ type: "undo" }], removed).prints).toHaveLength(1);
  });

  it("a print is placed at eye level when the floor line is known", () => {
    const state = run([{ type: "set-wall", wall, corners, size: { widthIn: 120, heightIn: 80 }, floorY: 100 }, { type: "know-photo", photo }, { type: "add-print", slug: "dunes", variantId: 12 }]);
    const print = state.prints[0]!;
    expect(100 - (print.y + print.height / 2)).toBe(57);
  });

  it("keeps the door line, the sheet and the floor line of step 3 when the shopper goes elsewhere and comes back", () => {
    const marks = { method: "door" as const, typed: { unit: "in" as const, width: "", height: "" }, door: [{ x: 300, y: 200 }, { x: 305, y: 900 }], sheet: [], sheetSize: "a4" as const, floor: [{ x: 150, y: 990 }, { x: 1450, y: 1000 }] };
    const state = run([{ type: "go", step: 3 }, { type: "set-marks", marks }, { type: "go", step: 2 }, { type: "move-corner", index: 0, x: 110, y: 100, record: true }, { type: "go", step: 3 }], placed());
    expect(state.marks).toEqual(marks);
    expect(run([{ type: "undo" }], state).marks).toEqual(marks);
  });

  it("arranges every print at once: tops in a line, equal gaps, and the group's centre at eye level above the marked floor", () => {
    const three = run([{ type: "set-size", widthIn: 120, heightIn: 80, floorY: 100 }, { type: "duplicate" }, { type: "move-print", id: "print-2", x: 80, y: 20, record: true }, { type: "duplicate" }, { type: "move-print", id: "print-3", x: 10, y: 45, record: true }], placed());
    const tops = run([{ type: "arrange", how: "align-tops" }], three);
    expect(new Set(tops.prints.map((p) => p.y))).toEqual(new Set([20]));
    const spaced = run([{ type: "arrange", how: "space-evenly" }], tops);
    const byX = [...spaced.prints].sort((a, b) => a.x - b.x);
    expect(byX[1]!.x - (byX[0]!.x + byX[0]!.width)).toBeCloseTo(byX[2]!.x - (byX[1]!.x + byX[1]!.width), 6);
    const eye = run([{ type: "arrange", how: "eye-level" }], spaced);
    const top = Math.min(...eye.prints.map((p) => p.y));
    const bottom = Math.max(...eye.prints.map((p) => p.y + p.height));
    expect((top + bottom) / 2).toBeCloseTo(100 - 57, 6);
    expect(run([{ type: "undo" }], eye).prints).toEqual(spaced.prints);
  });

  it("never arranges a group off the wall, and has no eye level without a floor", () => {
    const state = run([{ type: "set-size", widthIn: 120, heightIn: 80, floorY: 200 }], placed());
    const moved = run([{ type: "arrange", how: "eye-level" }], state);
    expect(Math.max(...moved.prints.map((p) => p.y + p.height))).toBeLessThanOrEqual(80);
    const noFloor = run([{ type: "set-size", widthIn: 120, heightIn: 80, floorY: null }], placed());
    expect(run([{ type: "arrange", how: "eye-level" }], noFloor)).toBe(noFloor);
  });
});
