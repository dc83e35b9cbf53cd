// The /photos URL (?collection=&orientation=&material=&min=&max=&q=&cursor=) as catalogue filters.
import { z } from "zod";
import { photoFiltersSchema, type PhotoFilters } from "./inputs";

const dollars = z.coerce.number().int().min(0).max(100_000);

// The same rules listPhotos applies, so nothing that passes here can fail there as a 500.
const filterFields = photoFiltersSchema.shape;

const fieldSchemas = {
  collection: filterFields.collection.unwrap(),
  orientation: filterFields.orientation.unwrap(),
  material: filterFields.material.unwrap(),
  min: dollars,
  max: dollars,
  q: filterFields.q.unwrap(),
  cursor: z.string().min(1).max(200).regex(/^[\w-]+$/),
} as const;

type Field = keyof typeof fieldSchemas;

export type PhotoSearch = {
  filters: PhotoFilters;
  /** the filters as the form shows them (prices in whole dollars) */
  form: { collection?: string; orientation?: string; material?: string; min?: number; max?: number; q?: string };
  cursor?: string;
  /** parameters that were present but unusable; the page says so instead of failing */
  ignored: string[];
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
    else ignored.push(field);
  }
  let { min, max } = values;
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  const filters: PhotoFilters = {
    collection: values.collection,
    orientation: values.orientation,
    material: values.material,
    minPriceCents: min !== undefined ? min * 100 : undefined,
    maxPriceCents: max !== undefined ? max * 100 : undefined,
    q: values.q,
  };
  return {
    filters,
    form: { collection: values.collection, orientation: values.orientation, material: values.material, min, max, q: values.q },
    cursor: values.cursor,
    ignored,
  };
}

/** The same filters as a query string, for pagination links that keep them. */
export function photoSearchQuery(form: PhotoSearch["form"], cursor?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value !== undefined && value !== "") params.set(key, String(value));
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A page link's ?cursor=: anything malformed is treated as "first page" rather than an error. */
export function parseListCursor(params: URLSearchParams): string | undefined {
  const parsed = fieldSchemas.cursor.safeParse(params.get("cursor"));
  return parsed.success ? parsed.data : undefined;
}
