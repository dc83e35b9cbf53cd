// The /photos filter form: a GET form, so the filters live in the URL and work without JavaScript.
// With JavaScript a changed select applies at once (a new history entry, so Back undoes it), and
// the link carries only the fields that are set. On a phone the fields fold behind "Filters (n)".
import { Form, Link, useSubmit } from "@remix-run/react";
import { useEffect, useRef, type ChangeEvent, type FormEvent } from "react";
import { buttonClass } from "~/components/ui/button";
import { inputClass } from "~/components/ui/field";
import { photoSortLabels, photoSorts, sizeClasses, sizeClassLabels } from "~/shared/print-sizes";

type FormState = { q?: string; collection?: string; orientation?: string; material?: string; size?: string; min?: number; max?: number; sort?: string };

export const PHOTO_FILTERS_FORM_ID = "photo-filters";

const fieldClass = `mt-1 block min-h-11 ${inputClass}`;
const labelClass = "block text-sm font-medium text-stone-800 dark:text-stone-200";
const fieldNames = ["q", "collection", "orientation", "material", "size", "min", "max", "sort"] as const;

/** How many filters are on (a price range counts once), for the phone's "Filters (n)" button. */
export function activeFilterCount(form: FormState): number {
  const set = (value: unknown) => value !== undefined && value !== "";
  return [form.q, form.collection, form.orientation, form.material, form.size].filter(set).length + (set(form.min) || set(form.max) ? 1 : 0);
}

/** The form's fields without the blank ones (and the default sort), as the URL should carry them. */
function setFields(form: HTMLFormElement): FormData {
  const data = new FormData();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "" && !(key === "sort" && value === "featured")) data.append(key, value);
  }
  return data;
}

function useApplyFilters() {
  const submit = useSubmit();
  return (form: HTMLFormElement | null) => {
    if (form) submit(setFields(form), { method: "get", action: "/photos", preventScrollReset: true });
  };
}

export function PhotoFilters({ form, collections }: { form: FormState; collections: { slug: string; title: string }[] }) {
  const apply = useApplyFilters();
  const formRef = useRef<HTMLFormElement>(null);
  // Back and forward change the URL under a mounted form: bring the fields in step, except the one
  // the shopper is in, so a select that applied itself keeps the keyboard focus.
  const formKey = JSON.stringify(form);
  useEffect(() => {
    const elements = formRef.current?.elements;
    if (!elements) return;
    const values = JSON.parse(formKey) as Record<string, string | number | undefined>;
    for (const name of fieldNames) {
      const field = elements.namedItem(name);
      const fallback = name === "sort" ? "featured" : "";
      if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field !== document.activeElement) field.value = String(values[name] ?? fallback);
    }
  }, [formKey]);
  const applyNow = (event: ChangeEvent<HTMLSelectElement>) => apply(event.currentTarget.form);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const count = activeFilterCount(form);
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} onChange={applyNow} className={fieldClass}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    // Closed on a phone until asked for; from md up the fields always show (::details-content) and the toggle hides.
    <details className="group rounded-lg border border-stone-200 md:[&::details-content]:[content-visibility:visible] md:[&::details-content]:block dark:border-stone-800">
      <summary className="flex min-h-11 cursor-pointer items-center justify-between px-4 py-2 font-medium text-stone-900 md:hidden dark:text-stone-100">
        <span>Filters{count > 0 ? ` (${count})` : ""}</span>
        <span aria-hidden="true" className="text-stone-500 group-open:rotate-180">▾</span>
      </summary>
      <Form
        ref={formRef}
        id={PHOTO_FILTERS_FORM_ID}
        method="get"
        action="/photos"
        onSubmit={onSubmit}
        role="search"
        aria-label="Filter prints"
        className="grid grid-cols-2 gap-4 p-4 md:grid-cols-4 lg:grid-cols-6"
      >
        <div className="col-span-2">
          <label htmlFor="filter-q" className={labelClass}>
            Search
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={form.q ?? ""} placeholder="Title, place, story or tag" maxLength={100} className={fieldClass} />
        </div>
        {select("collection", "Collection", form.collection, collections.map((c) => ({ value: c.slug, label: c.title })))}
        {select("orientation", "Orientation", form.orientation, [
          { value: "landscape", label: "Landscape" },
          { value: "portrait", label: "Portrait" },
          { value: "square", label: "Square" },
        ])}
        {select("material", "Material", form.material, [
          { value: "paper", label: "Fine-art paper" },
          { value: "canvas", label: "Canvas" },
          { value: "metal", label: "Metal" },
        ])}
        {select("size", "Size", form.size, sizeClasses.map((size) => ({ value: size, label: sizeClassLabels[size] })))}
        <fieldset className="col-span-2">
          <legend className={labelClass}>Price (USD)</legend>
          <div className="flex gap-2">
            <label htmlFor="filter-min" className="sr-only">Minimum price in dollars</label>
            <input id="filter-min" name="min" type="number" inputMode="numeric" min={0} step={1} placeholder="Min" defaultValue={form.min ?? ""} className={fieldClass} />
            <label htmlFor="filter-max" className="sr-only">Maximum price in dollars</label>
            <input id="filter-max" name="max" type="number" inputMode="numeric" min={0} step={1} placeholder="Max" defaultValue={form.max ?? ""} className={fieldClass} />
          </div>
        </fieldset>
        <div className="col-span-2 flex items-center gap-4 md:col-span-4 lg:col-span-6">
          <button type="submit" className={buttonClass("primary")}>
            Apply filters
          </button>
          <Link to="/photos" className="inline-flex min-h-11 items-center rounded-md text-sm text-stone-700 underline underline-offset-4 dark:text-stone-300">
            Clear all
          </Link>
        </div>
      </Form>
    </details>
  );
}

/** Part of the filter form (by its id) though it sits beside the count, where shoppers look for it. */
export function PhotoSortSelect({ value }: { value: string | undefined }) {
  const apply = useApplyFilters();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="filter-sort" className="text-sm font-medium text-stone-800 dark:text-stone-200">
        Sort by
      </label>
      <select
        id="filter-sort"
        name="sort"
        form={PHOTO_FILTERS_FORM_ID}
        defaultValue={value ?? "featured"}
        onChange={(event) => apply(event.currentTarget.form)}
        className={`min-h-11 ${inputClass} w-auto`}
      >
        {photoSorts.map((sort) => (
          <option key={sort} value={sort}>
            {photoSortLabels[sort]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" form={PHOTO_FILTERS_FORM_ID} className={buttonClass("quiet", "min-h-11 text-sm")}>
          Sort
        </button>
      </noscript>
    </div>
  );
}
