// The sizes a photo is offered in follow its proportions (decision 008): the seed's sizes for the
// nearest of the catalogue's shapes, width and height following the photo's orientation.
import type { AspectName } from "../../../db/seed/data/index";
import { materials, printPriceCents, variantsFor } from "../../../db/seed/print-variants";

export type Material = (typeof materials)[number];
export { materials, printPriceCents };

export type PrintSize = { widthIn: number; heightIn: number };

const shapes: [AspectName, number][] = [["3:2", 3 / 2], ["2:3", 2 / 3], ["5:4", 5 / 4], ["4:5", 4 / 5], ["1:1", 1]];

export function nearestShape(aspectRatio: number): AspectName {
  // Compared as logarithms, so 3:2 and 2:3 are as far from 1:1 as each other.
  const distance = (ratio: number) => Math.abs(Math.log(aspectRatio) - Math.log(ratio));
  return shapes.reduce((best, shape) => (distance(shape[1]) < distance(best[1]) ? shape : best))[0];
}

export function sizesForAspect(aspectRatio: number): PrintSize[] {
  return variantsFor(nearestShape(aspectRatio), { materials: ["paper"] }).map(({ widthIn, heightIn }) => ({ widthIn, heightIn }));
}

export const sizeKey = (size: PrintSize) => `${size.widthIn}x${size.heightIn}`;
export const cellKey = (material: Material, size: PrintSize) => `${material}:${sizeKey(size)}`;
