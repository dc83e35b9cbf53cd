// What a form action answers when the input was refused: the page shows each message beside its
// field and fills the form again with what was typed, with or without JavaScript.
export type FormFailure<Field extends string = string> = {
  ok: false;
  /** a problem with the whole form, shown above it */
  formError: string | null;
  fieldErrors: Partial<Record<Field, string>>;
  /** what was typed, to fill the form again */
  values: Partial<Record<Field, string>>;
};

/** The failure in an action's answer, if that is what it is. */
export function formFailureOf<T>(data: T | undefined): Extract<T, { ok: false }> | undefined {
  if (typeof data === "object" && data !== null && (data as { ok?: unknown }).ok === false) return data as Extract<T, { ok: false }>;
  return undefined;
}
