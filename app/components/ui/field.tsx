// A labelled form control with its hint and error tied to it, so a screen reader reads all three.
import { useId, type ReactNode } from "react";

export type FieldControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

export function FormField({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: (control: FieldControlProps) => ReactNode }) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": described || undefined, "aria-invalid": error ? true : undefined })}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "h-11 rounded-md border border-stone-400 bg-white px-3 text-stone-900 dark:border-stone-500 dark:bg-stone-950 dark:text-stone-100";
