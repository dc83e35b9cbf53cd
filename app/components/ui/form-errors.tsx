// Above a form that was refused: the form's own problem, or how many fields need a look. With
// JavaScript the focus moves to the first field marked invalid (or to this summary), so a phone
// shows what to fix and a screen reader reads it; without it, the browser focuses the first marked
// field (its autofocus, set by Field) and scrolls to it.
import { useEffect, useMemo, useRef } from "react";
import type { FormFailure } from "~/shared/form-result";

/**
 * An answer that is not a refused form but reads like one (an unusable gift card code): a failure
 * for one field, made once per message, so FormErrors moves the focus once, not on every render.
 */
export function useFieldProblem(field: string, message: string | null | undefined, typed?: string): FormFailure | undefined {
  return useMemo(() => (message ? { ok: false, formError: null, fieldErrors: { [field]: message }, values: { [field]: typed ?? "" } } : undefined), [field, message, typed]);
}

export function FormErrors({ failure, className = "" }: { failure: FormFailure | undefined; className?: string }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!failure) return;
    const form = summary.current?.closest("form");
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? summary.current;
    // Focusing scrolls the field to the screen's very edge, its label cut off; centred, both show.
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: "center" });
  }, [failure]);
  if (!failure) return null;
  const fields = Object.values(failure.fieldErrors).filter(Boolean).length;
  const message = failure.formError ?? (fields === 1 ? "Please correct the field marked below." : `Please correct the ${fields} fields marked below.`);
  return (
    <div ref={summary} tabIndex={-1} role="alert" className={`rounded-md border border-red-300 bg-red-50 p-3 text-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700 dark:border-red-700 dark:bg-red-950 dark:text-red-100 ${className}`}>
      {message}
    </div>
  );
}
