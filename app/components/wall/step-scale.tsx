// Step 3: the wall's real size, typed (the marked rectangle's width, and its height if known, in
// inches or centimetres) or read from a known object: a door's height or a sheet of A4 or Letter.
import { useState, type FormEvent } from "react";
import { wallPlaneFromCorners, WallGeometryError, type Point, type Quad, type SheetSize, type WallScale } from "~/shared/wall";
import { Button } from "../ui/button";
import type { WallImage } from "./editor-types";
import { PhotoHandles } from "./photo-handles";
import { ScaleFields, type TypedSize } from "./scale-fields";
import { startingDoorLine, startingSheet } from "./reference-marks";

type Props = { wall: WallImage; corners: Quad; size: { widthIn: number; heightIn: number } | null; onSize: (size: { widthIn: number; heightIn: number }) => void };
type Method = "typed" | "door" | "sheet";

const METHODS: { value: Method; label: string }[] = [
  { value: "typed", label: "I measured it" },
  { value: "door", label: "A door (80 in / 203 cm)" },
  { value: "sheet", label: "A sheet of paper on the wall" },
];

export function StepScale({ wall, corners, size, onSize }: Props) {
  const [method, setMethod] = useState<Method>("typed");
  const [typed, setTyped] = useState<TypedSize>({ unit: "in", width: size ? String(Math.round(size.widthIn * 10) / 10) : "", height: size ? String(Math.round(size.heightIn * 10) / 10) : "" });
  const [door, setDoor] = useState<Point[]>(() => startingDoorLine(corners));
  const [sheet, setSheet] = useState<Point[]>(() => [...startingSheet(corners)]);
  const [sheetSize, setSheetSize] = useState<SheetSize>("letter");
  const [error, setError] = useState<string | undefined>();

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
      onSize({ widthIn: plane.widthIn, heightIn: plane.heightIn });
    } catch (caught) {
      setError(caught instanceof WallGeometryError ? caught.message : "Type the width as a number, for example 96.");
    }
  }

  const move = (points: Point[], set: (p: Point[]) => void) => (index: number, p: Point) => set(points.map((q, i) => (i === index ? p : q)));
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <fieldset>
        <legend className="mb-1 font-medium">How do you know its size?</legend>
        <div className="flex flex-wrap gap-x-4">
          {METHODS.map((m) => (
            <label key={m.value} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="method" value={m.value} checked={method === m.value} onChange={() => setMethod(m.value)} />
              {m.label}
            </label>
          ))}
        </div>
      </fieldset>
      {method === "typed" ? <ScaleFields value={typed} onChange={setTyped} error={error} /> : null}
      {method === "door" ? (
        <>
          <p className="text-stone-700 dark:text-stone-300">Put one end of the line at the top of a door on this wall and the other at the floor under it.</p>
          <PhotoHandles wall={wall} points={door} names={["door's top", "door's foot"]} colour="#b45309" onStart={() => {}} onMove={move(door, setDoor)} />
        </>
      ) : null}
      {method === "sheet" ? (
        <>
          <label className="flex max-w-xs flex-col gap-1 font-medium">
            The sheet
            <select value={sheetSize} onChange={(e) => setSheetSize(e.target.value as SheetSize)} className="min-h-11 rounded-md border border-stone-400 bg-white px-2 dark:border-stone-500 dark:bg-stone-900">
              <option value="letter">US Letter (8.5 × 11 in)</option>
              <option value="a4">A4 (21 × 29.7 cm)</option>
            </select>
          </label>
          <p className="text-stone-700 dark:text-stone-300">Tape the sheet flat to the wall, photograph it, and put the four handles on its corners.</p>
          <PhotoHandles wall={wall} points={sheet} names={["sheet's top left corner", "sheet's top right corner", "sheet's bottom right corner", "sheet's bottom left corner"]} colour="#b45309" onStart={() => {}} onMove={move(sheet, setSheet)} />
        </>
      ) : null}
      {error && method !== "typed" ? <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">{error}</p> : null}
      <Button type="submit" className="self-start">Use this size</Button>
    </form>
  );
}
