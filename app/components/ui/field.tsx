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

/** Every text control's look, `.text-input` in app.css. */
export const inputClass = "text-input";
