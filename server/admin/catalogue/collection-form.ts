// The collection form's fields. The slug is the collection's address (/collections/<slug>): left
// empty on a new collection it is made from the title.
import { z } from "zod";
import { checkboxField, optionalText, requiredText } from "../../forms/fields";

export const collectionFormSchema = z.object({
  title: requiredText({ required: "Please give the collection a title.", max: 120 }),
  slug: optionalText({ max: 80 }).refine((v) => v === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), {
    error: "Use lower-case letters, digits and single hyphens, such as coastal-light.",
  }),
  description: optionalText({ max: 2000, oneLine: false }),
  sortOrder: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? 0 : Number(v.trim())))
    .pipe(z.number({ error: "The order is a whole number, such as 10." }).int({ error: "The order is a whole number, such as 10." }).min(-100_000).max(100_000)),
  isActive: checkboxField,
});

export type CollectionForm = z.output<typeof collectionFormSchema>;
