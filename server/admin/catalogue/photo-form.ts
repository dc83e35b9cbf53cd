// The photo form's fields, as typed in the back office or sent by the owner's scripts.
import { z } from "zod";
import { checkboxField, optionalText, requiredText } from "../../forms/fields";
import { rowId, wholeNumber } from "./whole-number";

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export const photoFormSchema = z.object({
  title: requiredText({ required: "Please give the photo a title.", max: 120 }),
  story: optionalText({ max: 5000, oneLine: false }),
  location: optionalText({ max: 120 }),
  takenOn: optionalText({ max: 10 })
    .refine((v) => v === "" || (isoDay.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)), { error: "Please give a real day, such as 2024-06-30." })
    .transform((v) => v || null),
  /** comma-separated in the form */
  tags: optionalText({ max: 500 }).transform((v) => [...new Set(v.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))]),
  collectionId: rowId("Choose a collection from the list."),
  isFeatured: checkboxField,
  isActive: checkboxField,
  sortOrder: wholeNumber("The order is a whole number, such as 10.", { min: -100_000, max: 100_000 }).transform((v) => v ?? 0),
  editionSize: wholeNumber("An edition is a whole number of prints from 1 to 10000, or empty for an open edition.", { min: 1, max: 10_000 }),
  isSigned: checkboxField,
});

export type PhotoForm = z.output<typeof photoFormSchema>;
