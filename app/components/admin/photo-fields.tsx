// The photo form's fields, shared by the new-photo and edit pages; each keeps what was typed when refused.
import { Field, inputClass } from "~/components/ui/field";
import { TextField } from "~/components/ui/text-field";
import type { FormFailure } from "~/shared/form-result";

export type PhotoValues = { title: string; story: string; location: string; takenOn: string | null; tags: string[]; collectionId: number | null; isFeatured: boolean; isActive: boolean; sortOrder: number; editionSize: number | null; isSigned: boolean };

type Props = { photo?: PhotoValues; collections: { id: number; title: string }[]; failure: FormFailure | undefined; canActivate: boolean };

export function PhotoFields({ photo, collections, failure, canActivate }: Props) {
  const typed = failure?.values;
  const text = (name: string, saved: string | number | null | undefined) => (typed ? (typed[name] ?? "") : saved === null || saved === undefined ? "" : String(saved));
  const ticked = (name: string, saved: boolean | undefined) => (typed ? typed[name] === "on" : saved === true);
  const errors = failure?.fieldErrors ?? {};
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField label="Title" name="title" required defaultValue={text("title", photo?.title)} error={errors.title} className="sm:col-span-2" />
      <TextField label="Story" name="story" multiline rows={5} defaultValue={text("story", photo?.story)} error={errors.story} className="sm:col-span-2" />
      <TextField label="Location" name="location" defaultValue={text("location", photo?.location)} error={errors.location} />
      <TextField label="Date taken" name="takenOn" type="date" defaultValue={text("takenOn", photo?.takenOn)} error={errors.takenOn} />
      <TextField label="Tags" name="tags" hint="Separated by commas" defaultValue={text("tags", photo?.tags.join(", "))} error={errors.tags} />
      <Field label="Collection" error={errors.collectionId}>
        {(aria) => (
          <select name="collectionId" defaultValue={text("collectionId", photo?.collectionId)} {...aria} className={inputClass}>
            <option value="">No collection</option>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField label="Sort order" name="sortOrder" inputMode="numeric" hint="Lower numbers come first" defaultValue={text("sortOrder", photo?.sortOrder ?? 0)} error={errors.sortOrder} />
      <TextField label="Edition size" name="editionSize" inputMode="numeric" hint="Empty for an open edition" defaultValue={text("editionSize", photo?.editionSize)} error={errors.editionSize} />
      <fieldset className="grid gap-2 sm:col-span-2">
        <legend className="font-medium">Options</legend>
        {[
          ["isSigned", "Signed by the photographer", ticked("isSigned", photo?.isSigned)],
          ["isFeatured", "Featured on the home page", ticked("isFeatured", photo?.isFeatured)],
          ...(canActivate ? [["isActive", "On sale in the store", ticked("isActive", photo?.isActive)] as const] : []),
        ].map(([name, label, checked]) => (
          <label key={String(name)} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name={String(name)} defaultChecked={Boolean(checked)} className="h-5 w-5" />
            {label}
          </label>
        ))}
        {errors.isActive ? <p className="text-sm font-medium text-red-700 dark:text-red-300">{errors.isActive}</p> : null}
      </fieldset>
    </div>
  );
}
