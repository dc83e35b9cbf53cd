// The print sizes offered for each shape of photo, and what each costs in each material.
import type { AspectName, SeedPrintOffer } from "./data/index";

type Material = "paper" | "canvas" | "metal";
export const materials: Material[] = ["paper", "canvas", "metal"];

/** Sizes keep the photo's own proportions, so nothing is cropped; given short side × long side. */
const sizesByShape: Record<"2:3" | "4:5" | "1:1", [number, number][]> = {
  "2:3": [[8, 12], [12, 18], [16, 24], [24, 36], [40, 60]],
  "4:5": [[8, 10], [16, 20], [24, 30], [32, 40], [40, 50]],
  "1:1": [[10, 10], [16, 16], [20, 20], [30, 30], [40, 40]],
};

const shapeOf: Record<AspectName, keyof typeof sizesByShape> = { "3:2": "2:3", "2:3": "2:3", "5:4": "4:5", "4:5": "4:5", "1:1": "1:1" };

/** A setup cost per print plus a rate per square inch, as a print lab charges. */
const pricing: Record<Material, { baseCents: number; centsPerSquareInch: number }> = {
  paper: { baseCents: 3500, centsPerSquareInch: 22 },
  canvas: { baseCents: 6500, centsPerSquareInch: 32 },
  metal: { baseCents: 8500, centsPerSquareInch: 45 },
};

/** Rounded to whole five dollars, as prices in a gallery are. */
export function printPriceCents(material: Material, widthIn: number, heightIn: number): number {
  const { baseCents, centsPerSquareInch } = pricing[material];
  return Math.round((baseCents + centsPerSquareInch * widthIn * heightIn) / 500) * 500;
}

export type SeedVariant = { material: Material; widthIn: number; heightIn: number; priceCents: number };

/**
 * Width and height follow the photo: a landscape photo is printed wider than tall. Without an
 * offer, every material in every size.
 */
export function variantsFor(aspect: AspectName, offer: SeedPrintOffer = {}): SeedVariant[] {
  const [w, h] = aspect.split(":").map(Number) as [number, number];
  const sizes = sizesByShape[shapeOf[aspect]].filter(([, long]) => long <= (offer.largestLongEdge ?? Infinity));
  return (offer.materials ?? materials).flatMap((material) =>
    sizes.map(([short, long]) => {
      const [widthIn, heightIn] = w >= h ? [long, short] : [short, long];
      return { material, widthIn, heightIn, priceCents: printPriceCents(material, widthIn, heightIn) };
    }),
  );
}
