// A labelled form control with its hint and error tied to it, so a screen reader reads all three;
// the control itself is the caller's (an input, a select, a textarea, a code field).
import { useId, type ReactNode } from "react";

export type FieldControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type Props = { label: ReactNode; hint?: ReactNode; error?: string; className?: string; children: (control: FieldControlProps) => ReactNode };

export function Field({ label, hint, error, className = "", children }: Props) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
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
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Every text control's look: at least 44 px tall for a thumb, 16 px text so phones do not zoom in. */
export const inputClass =
  "min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 aria-[invalid=true]:border-red-700 dark:border-stone-500 dark:bg-stone-950 dark:text-stone-100 dark:placeholder:text-stone-400 dark:focus-visible:outline-stone-100 dark:aria-[invalid=true]:border-red-400";
