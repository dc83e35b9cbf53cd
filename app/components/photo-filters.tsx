// The /photos filter form: a GET form, so the filters live in the URL and work without JavaScript.
// With JavaScript a changed select applies at once; text and prices apply on "Apply".
import { Form, Link, useSubmit } from "@remix-run/react";
import { useEffect, useRef, type ChangeEvent } from "react";
import { buttonClass } from "~/components/ui/button";
import { inputClass } from "~/components/ui/field";

type FormState = { collection?: string; orientation?: string; material?: string; min?: number; max?: number; q?: string };

const fieldClass =
  `mt-1 block ${inputClass}`;
const labelClass = "block text-sm font-medium text-stone-800 dark:text-stone-200";

export function PhotoFilters({ form, collections }: { form: FormState; collections: { slug: string; title: string }[] }) {
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  // Back and forward change the URL under a mounted form: bring the fields in step, except the one
  // the shopper is in, so a select that applied itself keeps the keyboard focus.
  const formKey = JSON.stringify(form);
  useEffect(() => {
    const elements = formRef.current?.elements;
    if (!elements) return;
    const values = JSON.parse(formKey) as Record<string, string | number | undefined>;
    for (const name of ["q", "collection", "orientation", "material", "min", "max"]) {
      const field = elements.namedItem(name);
      if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field !== document.activeElement) field.value = String(values[name] ?? "");
    }
  }, [formKey]);
  const applyNow = (event: ChangeEvent<HTMLSelectElement>) => submit(event.currentTarget.form, { preventScrollReset: true, replace: true });
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
    <Form ref={formRef} method="get" action="/photos" role="search" aria-label="Filter prints" className="grid grid-cols-2 gap-4 rounded-lg border border-stone-200 p-4 md:grid-cols-6 dark:border-stone-800">
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
      <fieldset className="col-span-2 md:col-span-1">
        <legend className={labelClass}>Price (USD)</legend>
        <div className="flex gap-2">
          <label htmlFor="filter-min" className="sr-only">Minimum price in dollars</label>
          <input id="filter-min" name="min" type="number" inputMode="numeric" min={0} step={1} placeholder="Min" defaultValue={form.min ?? ""} className={fieldClass} />
          <label htmlFor="filter-max" className="sr-only">Maximum price in dollars</label>
          <input id="filter-max" name="max" type="number" inputMode="numeric" min={0} step={1} placeholder="Max" defaultValue={form.max ?? ""} className={fieldClass} />
        </div>
      </fieldset>
      <div className="col-span-2 flex items-center gap-4 md:col-span-6">
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        <Link to="/photos" className="rounded-md text-sm text-stone-700 underline underline-offset-4 dark:text-stone-300">
          Clear all
        </Link>
      </div>
    </Form>
  );
}
