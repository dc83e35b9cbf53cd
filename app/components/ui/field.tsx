// A labelled form control with its hint and error tied to it, so a screen reader reads all three;
// the control itself is the caller's (an input, a select, a textarea, a code field).
import { useId, type ReactNode } from "react";

export type FieldControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true; autoFocus?: true };

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
      {/* autofocus is for a refusal rendered without JavaScript: the browser focuses the first marked
          field and scrolls it into view, however far down the page the form sits. With JavaScript
          the field is already mounted when the refusal arrives, and FormErrors moves the focus. */}
      {children({ id, "aria-describedby": described || undefined, "aria-invalid": error ? true : undefined, autoFocus: error ? true : undefined })}
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
