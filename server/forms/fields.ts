// Field schemas for what people type into forms and procedures: one message per field, and text
// Postgres can store (no NUL, no lone surrogates, no other control characters). Their input type
// stays `string`, so a procedure built from them keeps its end-to-end types.
import { z } from "zod";
import { isCleanText } from "../../app/shared/clean-text";

const UNUSUAL = "Please remove the unusual characters from this field.";

type TextOptions = { max: number; tooLong?: string; oneLine?: boolean };

function cleaned(options: TextOptions) {
  return z
    .string()
    .refine(isCleanText, { error: UNUSUAL })
    .transform((v) => (options.oneLine === false ? v.trim() : v.replace(/\s+/g, " ").trim()))
    .pipe(z.string().max(options.max, { error: options.tooLong ?? `Please keep this under ${options.max} characters.` }));
}

/** Text that must be given; a missing field reads as not given. One line unless `oneLine: false`. */
export function requiredText(options: TextOptions & { required: string }) {
  return z
    .string({ error: options.required })
    .pipe(cleaned(options))
    .pipe(z.string().min(1, { error: options.required }));
}

/** Text that may be left out or empty; either reads as "". */
export function optionalText(options: TextOptions) {
  return z
    .string({ error: "Please enter text here." })
    .optional()
    .transform((v) => v ?? "")
    .pipe(cleaned(options));
}

export const emailField = z
  .string({ error: "Please enter your e-mail address." })
  .refine(isCleanText, { error: UNUSUAL })
  .transform((v) => v.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: "Please enter your e-mail address." })
      .max(254, { error: "That e-mail address is too long." })
      .pipe(z.email({ error: "Please enter a valid e-mail address, like name@example.com." })),
  );

/** A checkbox: browsers send "on" when it is ticked and nothing otherwise. */
export const checkboxField = z
  .union([z.boolean(), z.literal("on"), z.literal("true")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** A whole number typed or chosen in a form; text that is not one becomes NaN for the schema's own message. */
export const formNumber = z.string().transform((v) => (v.trim() === "" ? Number.NaN : Number(v)));
