// The collection form's fields, shared by the new-collection and edit pages; each keeps what was typed when refused.
import { Field, inputClass } from "~/components/ui/field";
import { TextField } from "~/components/ui/text-field";
import type { FormFailure } from "~/shared/form-result";

export type CollectionValues = { title: string; slug: string; description: string; sortOrder: number; isActive: boolean; coverPhotoId: number | null };

/** `covers` is absent on a new collection, which has no photos to choose from yet. */
type Props = { collection?: CollectionValues; covers?: { id: number; title: string }[]; failure: FormFailure | undefined };

export function CollectionFields({ collection, covers, failure }: Props) {
  const typed = failure?.values;
  const text = (name: string, saved: string | number | null | undefined) => (typed ? (typed[name] ?? "") : saved === null || saved === undefined ? "" : String(saved));
  const errors = failure?.fieldErrors ?? {};
  const active = typed ? typed.isActive === "on" : (collection?.isActive ?? true);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField label="Title" name="title" required defaultValue={text("title", collection?.title)} error={errors.title} className="sm:col-span-2" />
      <TextField label="Address" name="slug" hint={collection ? "The part after /collections/; changing it breaks old links" : "Empty: made from the title"} defaultValue={text("slug", collection?.slug)} error={errors.slug} />
      <TextField label="Sort order" name="sortOrder" inputMode="numeric" hint="Lower numbers come first" defaultValue={text("sortOrder", collection?.sortOrder ?? 0)} error={errors.sortOrder} />
      <TextField label="Description" name="description" multiline rows={4} defaultValue={text("description", collection?.description)} error={errors.description} className="sm:col-span-2" />
      {covers ? (
        <Field label="Cover photo" hint="The picture on the collection's card" error={errors.coverPhotoId}>
          {(aria) => (
            <select name="coverPhotoId" defaultValue={text("coverPhotoId", collection?.coverPhotoId)} {...aria} className={inputClass}>
              <option value="">Its first photo</option>
              {covers.map((photo) => (
                <option key={photo.id} value={photo.id}>
                  {photo.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <label className="flex min-h-11 items-center gap-3 sm:col-span-2">
        <input type="checkbox" name="isActive" defaultChecked={active} className="h-5 w-5" />
        Shown in the store
      </label>
    </div>
  );
}
