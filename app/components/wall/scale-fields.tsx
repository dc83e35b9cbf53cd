// The typed measure: the marked rectangle's width and, if known, its height, in inches or centimetres.
import { TextField } from "../ui/text-field";

export type TypedSize = { unit: "in" | "cm"; width: string; height: string };

const convert = (v: string, factor: number) => (v.trim() === "" || Number.isNaN(Number(v)) ? v : String(Math.round(Number(v) * factor * 10) / 10));

export function ScaleFields({ value, onChange, error }: { value: TypedSize; onChange: (next: TypedSize) => void; error?: string }) {
  const switchUnit = (unit: "in" | "cm") => {
    if (unit === value.unit) return;
    const factor = unit === "cm" ? 2.54 : 1 / 2.54;
    onChange({ unit, width: convert(value.width, factor), height: convert(value.height, factor) });
  };
  return (
    <div className="flex max-w-md flex-col gap-4">
      <p className="text-stone-700 dark:text-stone-300">How wide is the rectangle you marked? A tape measure across it is enough; add the height if you know it.</p>
      <fieldset className="flex gap-4">
        <legend className="mb-1 font-medium">Unit</legend>
        {(["in", "cm"] as const).map((u) => (
          <label key={u} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="unit" value={u} checked={value.unit === u} onChange={() => switchUnit(u)} />
            {u === "in" ? "inches" : "centimetres"}
          </label>
        ))}
      </fieldset>
      <TextField label={`Width (${value.unit})`} name="width" inputMode="decimal" value={value.width} onChange={(e) => onChange({ ...value, width: e.target.value })} error={error} />
      <TextField label={`Height (${value.unit}, optional)`} name="height" inputMode="decimal" value={value.height} onChange={(e) => onChange({ ...value, height: e.target.value })} hint="Left empty, it is read from the corners' perspective." />
    </div>
  );
}
