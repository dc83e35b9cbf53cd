// The collection form's fields. The slug is the collection's address (/collections/<slug>): left
// empty on a new collection it is made from the title. The cover is one of the collection's photos.
import { z } from "zod";
import { checkboxField, optionalText, requiredText } from "../../forms/fields";
import { rowId, wholeNumber } from "./whole-number";

export const collectionFormSchema = z.object({
  title: requiredText({ required: "Please give the collection a title.", max: 120 }),
  slug: optionalText({ max: 80 }).refine((v) => v === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), {
    error: "Use lower-case letters, digits and single hyphens, such as coastal-light.",
  }),
  description: optionalText({ max: 2000, oneLine: false }),
  sortOrder: wholeNumber("The order is a whole number, such as 10.", { min: -100_000, max: 100_000 }).transform((v) => v ?? 0),
  isActive: checkboxField,
  /** empty: the card shows the collection's first photo */
  coverPhotoId: rowId("Choose the cover from the collection's photos."),
});

export type CollectionForm = z.output<typeof collectionFormSchema>;

/** Which photos are in the collection: every photo listed joins it, every other photo in it leaves. */
export const collectionPhotosSchema = z.object({
  photoIds: z.array(z.number().int().min(1).max(2_147_483_647)).max(1000),
});

/** The same from the page's form, a ticked box per photo (`photo:<id>`), since a form cannot post a list. */
export const collectionPhotosFormSchema = z.record(z.string(), z.unknown()).transform((form) => ({
  photoIds: Object.entries(form)
    .filter(([name, value]) => value === "on" && /^photo:\d{1,10}$/.test(name))
    .map(([name]) => Number(name.slice("photo:".length)))
    .filter((id) => id <= 2_147_483_647),
}));

export type CollectionPhotos = z.output<typeof collectionPhotosSchema>;
