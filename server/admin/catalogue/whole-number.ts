// A whole number as a form types it ("12", or empty for none) or a script sends it (12 or null).
import { z } from "zod";

export const wholeNumber = (message: string, { min, max }: { min: number; max: number }) =>
  z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((v) => (v === undefined || v === null || String(v).trim() === "" ? null : Number(String(v).trim())))
    .pipe(z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }).nullable());

/** A row id, as a path segment, a chosen option or a script's number. */
export const rowId = (message: string) => wholeNumber(message, { min: 1, max: 2_147_483_647 });
