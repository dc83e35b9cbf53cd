// A form's fields → its schema's typed input, or the failure the page shows beside each field.
import type { z } from "zod";
import type { FormFailure } from "../../app/shared/form-result";
import { DomainError } from "../errors";

export type ParsedForm<T, Field extends string> = { ok: true; data: T; values: Partial<Record<Field, string>> } | { ok: false; failure: FormFailure<Field> };

export type FormOptions = {
  /** fields never sent back into the page (a honeypot, a password) */
  neverEcho?: readonly string[];
};

/** What was typed, by field, to fill the form again. */
function typedValues<Field extends string>(form: FormData, options: FormOptions = {}): Partial<Record<Field, string>> {
  const values: Partial<Record<string, string>> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !options.neverEcho?.includes(key)) values[key] = value;
  }
  return values as Partial<Record<Field, string>>;
}

export function parseForm<S extends z.ZodType>(schema: S, form: FormData, options: FormOptions = {}): ParsedForm<z.output<S>, FieldOf<S>> {
  const values = typedValues<FieldOf<S>>(form, options);
  const parsed = schema.safeParse(Object.fromEntries(form.entries()));
  if (parsed.success) return { ok: true, data: parsed.data, values };
  const fieldErrors: Partial<Record<string, string>> = {};
  let formError: string | null = null;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string") fieldErrors[field] ??= issue.message;
    else formError ??= issue.message;
  }
  return { ok: false, failure: { ok: false, formError, fieldErrors, values } };
}

/** A domain error raised while the form's work was done, as the page shows it; anything else is not ours to show. */
export function failureFromError<Field extends string>(error: unknown, values: Partial<Record<Field, string>>): FormFailure<Field> | null {
  if (!(error instanceof DomainError)) return null;
  if (error.field) return { ok: false, formError: null, fieldErrors: { [error.field]: error.message } as Partial<Record<Field, string>>, values };
  return { ok: false, formError: error.message, fieldErrors: {}, values };
}

/** For `.catch()`: a domain error about no field in particular is shown beside `field`. */
export const besideField = (field: string) => (error: unknown): never => {
  throw error instanceof DomainError && !error.field ? new DomainError(error.kind, error.message, field) : error;
};

/** The fields a form schema knows: the keys of its input. */
export type FieldOf<S extends z.ZodType> = z.input<S> extends infer I ? (I extends object ? Extract<keyof I, string> : string) : string;
