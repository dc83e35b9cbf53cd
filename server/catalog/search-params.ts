// The /photos URL (?q=&collection=&orientation=&material=&size=&min=&max=&sort=&cursor=) as
// catalogue filters, and back again for the page's links.
import { z } from "zod";
import { photoSorts, type PhotoSort } from "../../app/shared/print-sizes";
import { usableCursor } from "./cursor";
import { photoFiltersSchema, type PhotoFilters } from "./inputs";

const dollars = z.coerce.number().int().min(0).max(100_000);

// The same rules listPhotos applies, so nothing that passes here can fail there as a 500.
const filterFields = photoFiltersSchema.shape;

const fieldSchemas = {
  q: filterFields.q.unwrap(),
  collection: filterFields.collection.unwrap(),
  orientation: filterFields.orientation.unwrap(),
  material: filterFields.material.unwrap(),
  size: filterFields.size.unwrap(),
  min: dollars,
  max: dollars,
  sort: z.enum(photoSorts),
  cursor: z.string().min(1).max(200).regex(/^[\w-]+$/),
} as const;

type Field = keyof typeof fieldSchemas;

/** The filters as the form shows them (prices in whole dollars); a field that is not set is absent. */
export type PhotoSearchForm = { q?: string; collection?: string; orientation?: string; material?: string; size?: string; min?: number; max?: number; sort?: PhotoSort };

export type PhotoSearch = {
  filters: PhotoFilters;
  sort: PhotoSort;
  form: PhotoSearchForm;
  cursor?: string;
  /** parameters that were present but unusable; the page says so instead of failing */
  ignored: string[];
  /** a minimum above the maximum, swapped so the list is what was meant; the page says so */
  swappedPrices?: { min: number; max: number };
  /** a page link that did not decode for this sort: the first page is shown, and the page says why */
  cursorReset: boolean;
};

/**
 * Each parameter is parsed on its own, so one bad value (a hand-edited link) drops that filter
 * only and the page still answers 200 with the rest applied.
 */
export function parsePhotoSearchParams(params: URLSearchParams): PhotoSearch {
  const values: Partial<{ [K in Field]: z.infer<(typeof fieldSchemas)[K]> }> = {};
  const ignored: string[] = [];
  for (const field of Object.keys(fieldSchemas) as Field[]) {
    const raw = params.get(field);
    if (raw === null || raw.trim() === "") continue;
    const parsed = fieldSchemas[field].safeParse(raw);
    if (parsed.success) (values as Record<Field, unknown>)[field] = parsed.data;
    else if (field !== "cursor") ignored.push(field);
  }
  let { min, max } = values;
  const swapped = min !== undefined && max !== undefined && min > max;
  if (swapped) [min, max] = [max, min];
  const sort = values.sort ?? "featured";
  const cursor = usableCursor(values.cursor, sort);
  const filters: PhotoFilters = {
    q: values.q,
    collection: values.collection,
    orientation: values.orientation,
    material: values.material,
    size: values.size,
    minPriceCents: min !== undefined ? min * 100 : undefined,
    maxPriceCents: max !== undefined ? max * 100 : undefined,
  };
  const form: PhotoSearchForm = { q: values.q, collection: values.collection, orientation: values.orientation, material: values.material, size: values.size, min, max, sort: sort === "featured" ? undefined : sort };
  return {
    filters,
    sort,
    form: withoutUnset(form),
    cursor,
    ignored,
    swappedPrices: swapped && min !== undefined && max !== undefined ? { min, max } : undefined,
    cursorReset: params.has("cursor") && cursor === undefined,
  };
}

function withoutUnset<T extends object>(form: T): T {
  return Object.fromEntries(Object.entries(form).filter(([, value]) => value !== undefined && value !== "")) as T;
}

/** The same filters as a query string carrying only the fields that are set, for the page's links. */
export function photoSearchQuery(form: PhotoSearchForm, cursor?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(withoutUnset(form))) params.set(key, String(value));
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The same query without its blank fields (and the default sort), or null when it has none: a GET
 * form submitted without JavaScript sends every field. The rest is kept as sent, so what the page
 * explains (a swapped range, a filter it could not use) is still there after the redirect.
 */
export function withoutBlankFields(params: URLSearchParams): string | null {
  const kept = [...params.entries()].filter(([key, value]) => value.trim() !== "" && !(key === "sort" && value === "featured"));
  if (kept.length === [...params.keys()].length) return null;
  const query = new URLSearchParams(kept).toString();
  return query ? `?${query}` : "";
}

/** A page link's ?cursor=: anything malformed is treated as "first page" rather than an error. */
export function parseListCursor(params: URLSearchParams, sort: PhotoSort = "featured"): string | undefined {
  const parsed = fieldSchemas.cursor.safeParse(params.get("cursor"));
  return parsed.success ? usableCursor(parsed.data, sort) : undefined;
}
