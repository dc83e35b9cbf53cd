// Step 3: the wall's real size, typed (the marked rectangle's width, and its height if known, in
// inches or centimetres) or read from a known object: a door's height or a sheet of A4 or Letter;
// and, if the shopper marks it, the floor line the eye-level guide is measured from. The marks
// live in the editor's state, so coming back to this step finds them where they were left.
import { useState, type FormEvent } from "react";
import { floorYFromLine, wallPlaneFromCorners, WallGeometryError, type Point, type Quad, type SheetSize, type WallScale } from "~/shared/wall";
import { Button } from "../ui/button";
import type { ScaleMarks, WallImage } from "./editor-types";
import { PhotoHandles } from "./photo-handles";
import { ScaleFields } from "./scale-fields";
import { startingDoorLine, startingFloorLine, startingSheet } from "./reference-marks";

type Size = { widthIn: number; heightIn: number };
type Props = { wall: WallImage; corners: Quad; size: Size | null; marks: ScaleMarks | null; onMarks: (marks: ScaleMarks) => void; onSize: (size: Size, floorY: number | null) => void };
type Method = ScaleMarks["method"];

export function startingMarks(corners: Quad, size: Size | null): ScaleMarks {
  const typed = { unit: "in" as const, width: size ? String(Math.round(size.widthIn * 10) / 10) : "", height: size ? String(Math.round(size.heightIn * 10) / 10) : "" };
  return { method: "typed", typed, door: startingDoorLine(corners), sheet: [...startingSheet(corners)], sheetSize: "letter", floor: null };
}

const METHODS: { value: Method; label: string }[] = [
  { value: "typed", label: "I measured it" },
  { value: "door", label: "A door (80 in / 203 cm)" },
  { value: "sheet", label: "A sheet of paper on the wall" },
];

export function StepScale({ wall, corners, size, marks: kept, onMarks, onSize }: Props) {
  const marks = kept ?? startingMarks(corners, size);
  const { method, typed, door, sheet, sheetSize, floor } = marks;
  const [error, setError] = useState<string | undefined>();
  const change = (next: Partial<ScaleMarks>) => onMarks({ ...marks, ...next });

  function scale(): WallScale {
    if (method === "door") return { kind: "door", top: door[0]!, bottom: door[1]! };
    if (method === "sheet") return { kind: "sheet", sheet: sheetSize, corners: sheet as unknown as Quad };
    return { kind: "size", unit: typed.unit, width: Number(typed.width), height: typed.height.trim() === "" ? undefined : Number(typed.height) };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const plane = wallPlaneFromCorners({ corners, image: wall, scale: scale() });
      setError(undefined);
      onSize({ widthIn: plane.widthIn, heightIn: plane.heightIn }, floor ? floorYFromLine(plane, floor[0]!, floor[1]!) : null);
    } catch (caught) {
      setError(caught instanceof WallGeometryError ? caught.message : "Type the width as a number, for example 96.");
    }
  }

  const move = (points: Point[], name: "door" | "sheet" | "floor") => (index: number, p: Point) => change({ [name]: points.map((q, i) => (i === index ? p : q)) });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <fieldset>
        <legend className="mb-1 font-medium">How do you know its size?</legend>
        <div className="flex flex-wrap gap-x-4">
          {METHODS.map((m) => (
            <label key={m.value} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="method" value={m.value} checked={method === m.value} onChange={() => change({ method: m.value })} />
              {m.label}
            </label>
          ))}
        </div>
      </fieldset>
      {method === "typed" ? <ScaleFields value={typed} onChange={(next) => change({ typed: next })} error={error} /> : null}
      {method === "door" ? (
        <>
          <p className="text-stone-700 dark:text-stone-300">Put one end of the line at the top of a door on this wall and the other at the floor under it.</p>
          <PhotoHandles wall={wall} points={door} names={["door's top", "door's foot"]} colour="#b45309" onStart={() => {}} onMove={move(door, "door")} />
        </>
      ) : null}
      {method === "sheet" ? (
        <>
          <label className="flex max-w-xs flex-col gap-1 font-medium">
            The sheet
            <select value={sheetSize} onChange={(e) => change({ sheetSize: e.target.value as SheetSize })} className="min-h-11 rounded-md border border-stone-400 bg-white px-2 dark:border-stone-500 dark:bg-stone-900">
              <option value="letter">US Letter (8.5 × 11 in)</option>
              <option value="a4">A4 (21 × 29.7 cm)</option>
            </select>
          </label>
          <p className="text-stone-700 dark:text-stone-300">Tape the sheet flat to the wall, photograph it, and put the four handles on its corners.</p>
          <PhotoHandles wall={wall} points={sheet} names={["sheet's top left corner", "sheet's top right corner", "sheet's bottom right corner", "sheet's bottom left corner"]} colour="#b45309" onStart={() => {}} onMove={move(sheet, "sheet")} />
        </>
      ) : null}
      {error && method !== "typed" ? <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">{error}</p> : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">The floor (for the eye-level guide)</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" checked={floor !== null} onChange={(e) => change({ floor: e.target.checked ? startingFloorLine(corners) : null })} />
          Mark where this wall meets the floor
        </label>
        {floor ? (
          <>
            <p className="text-stone-700 dark:text-stone-300">Put both ends of the line on the skirting, where the wall meets the floor. Galleries hang a picture's centre 57 in (145 cm) above it.</p>
            <PhotoHandles wall={wall} points={floor} names={["floor line's left end", "floor line's right end"]} colour="#7c3aed" onStart={() => {}} onMove={move(floor, "floor")} />
          </>
        ) : null}
      </fieldset>
      <Button type="submit" className="self-start">Use this size</Button>
    </form>
  );
}
