// Step 3: the marked rectangle's real width (and, if known, height), in inches or centimetres.
import { useState, type FormEvent } from "react";
import { inchesToCm, wallPlaneFromCorners, WallGeometryError, type Quad } from "~/shared/wall";
import { Button } from "../ui/button";
import { TextField } from "../ui/text-field";
import type { WallImage } from "./editor-types";

type Props = { wall: WallImage; corners: Quad; size: { widthIn: number; heightIn: number } | null; onSize: (size: { widthIn: number; heightIn: number }) => void };

const shown = (inches: number | undefined, unit: "in" | "cm") => (inches === undefined ? "" : String(Math.round((unit === "cm" ? inchesToCm(inches) : inches) * 10) / 10));

export function StepScale({ wall, corners, size, onSize }: Props) {
  const [unit, setUnit] = useState<"in" | "cm">("in");
  const [width, setWidth] = useState(shown(size?.widthIn, "in"));
  const [height, setHeight] = useState(shown(size?.heightIn, "in"));
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const w = Number(width);
    const h = height.trim() === "" ? undefined : Number(height);
    try {
      const plane = wallPlaneFromCorners({ corners, image: wall, scale: { kind: "size", unit, width: w, height: h } });
      setError(undefined);
      onSize({ widthIn: plane.widthIn, heightIn: plane.heightIn });
    } catch (caught) {
      setError(caught instanceof WallGeometryError ? caught.message : "Type the width as a number, for example 96.");
    }
  }

  function switchUnit(next: "in" | "cm") {
    const factor = next === unit ? 1 : next === "cm" ? 2.54 : 1 / 2.54;
    const convert = (v: string) => (v.trim() === "" || Number.isNaN(Number(v)) ? v : String(Math.round(Number(v) * factor * 10) / 10));
    setWidth(convert(width));
    setHeight(convert(height));
    setUnit(next);
  }

  return (
    <form onSubmit={submit} noValidate className="flex max-w-md flex-col gap-4">
      <p className="text-stone-700 dark:text-stone-300">How wide is the rectangle you marked? A tape measure across it is enough; add the height if you know it.</p>
      <fieldset className="flex gap-4">
        <legend className="mb-1 font-medium">Unit</legend>
        {(["in", "cm"] as const).map((u) => (
          <label key={u} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="unit" value={u} checked={unit === u} onChange={() => switchUnit(u)} />
            {u === "in" ? "inches" : "centimetres"}
          </label>
        ))}
      </fieldset>
      <TextField label={`Width (${unit})`} name="width" inputMode="decimal" value={width} onChange={(e) => setWidth(e.target.value)} error={error} />
      <TextField label={`Height (${unit}, optional)`} name="height" inputMode="decimal" value={height} onChange={(e) => setHeight(e.target.value)} hint="Left empty, it is read from the corners' perspective." />
      <Button type="submit">Use this size</Button>
    </form>
  );
}
