// Input schemas shared by the catalog's tRPC procedures and the pages' URL search params.
import { z } from "zod";
import { isCleanText } from "../../app/shared/clean-text";
import { photoSorts, sizeClasses } from "../../app/shared/print-sizes";

export const slugSchema = z.string().trim().min(1).max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug like 'montauk-sunset'");
export const materials = ["paper", "canvas", "metal"] as const;
export const orientations = ["landscape", "portrait", "square"] as const;

export const photoFiltersSchema = z.object({
  collection: slugSchema.optional(),
  orientation: z.enum(orientations).optional(),
  material: z.enum(materials).optional(),
  minPriceCents: z.number().int().min(0).max(100_000_00).optional(),
  maxPriceCents: z.number().int().min(0).max(100_000_00).optional(),
  /** a print whose long edge falls in the class (app/shared/print-sizes.ts) */
  size: z.enum(sizeClasses).optional(),
  // Postgres text cannot hold NUL or a lone surrogate: refused here rather than as a 500 there.
  q: z.string().trim().max(100).refine(isCleanText, "must be plain text").optional(),
});

export const listPhotosSchema = photoFiltersSchema.extend({
  limit: z.number().int().min(1).max(60).default(24),
  sort: z.enum(photoSorts).default("featured"),
  cursor: z.string().max(200).optional(),
});

export type PhotoFilters = z.infer<typeof photoFiltersSchema>;
export type ListPhotosInput = z.input<typeof listPhotosSchema>;
