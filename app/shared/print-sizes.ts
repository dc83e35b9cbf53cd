// Size classes for finding prints, by a print's long edge in inches (decision 021): the edge a
// buyer measures a wall against, whatever the photo's shape.
export const sizeClasses = ["small", "medium", "large"] as const;
export type SizeClass = (typeof sizeClasses)[number];

/** Inclusive bounds of each class's long edge, in whole inches. */
export const sizeClassLongEdge: Record<SizeClass, { min: number; max: number | null }> = {
  small: { min: 1, max: 16 },
  medium: { min: 17, max: 30 },
  large: { min: 31, max: null },
};

export const sizeClassLabels: Record<SizeClass, string> = {
  small: "Small (long edge up to 16 in)",
  medium: "Medium (17 to 30 in)",
  large: "Large (over 30 in)",
};

export function sizeClassOf(widthIn: number, heightIn: number): SizeClass {
  const longEdge = Math.max(widthIn, heightIn);
  if (longEdge <= 16) return "small";
  return longEdge <= 30 ? "medium" : "large";
}

export const photoSorts = ["featured", "newest", "price-asc", "price-desc"] as const;
export type PhotoSort = (typeof photoSorts)[number];

export const photoSortLabels: Record<PhotoSort, string> = {
  featured: "Featured",
  newest: "Newest",
  "price-asc": "Price, low to high",
  "price-desc": "Price, high to low",
};
