// Input schemas shared by the catalog's tRPC procedures and the pages' URL search params.
import { z } from "zod";

export const slugSchema = z.string().trim().min(1).max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug like 'montauk-sunset'");
export const materials = ["paper", "canvas", "metal"] as const;
export const orientations = ["landscape", "portrait", "square"] as const;

/** Postgres text cannot hold NUL, so control characters would otherwise surface as a 500. */
function hasControlCharacters(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if ((code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r") || code === 0x7f) return true;
  }
  return false;
}

export const photoFiltersSchema = z.object({
  collection: slugSchema.optional(),
  orientation: z.enum(orientations).optional(),
  material: z.enum(materials).optional(),
  minPriceCents: z.number().int().min(0).max(100_000_00).optional(),
  maxPriceCents: z.number().int().min(0).max(100_000_00).optional(),
  q: z.string().trim().max(100).refine((s) => !hasControlCharacters(s), "must be plain text").optional(),
});

export const listPhotosSchema = photoFiltersSchema.extend({
  limit: z.number().int().min(1).max(60).default(24),
  cursor: z.string().max(200).optional(),
});

export type PhotoFilters = z.infer<typeof photoFiltersSchema>;
export type ListPhotosInput = z.input<typeof listPhotosSchema>;
