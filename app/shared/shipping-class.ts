// Which parcel a cart line travels in: what decides its shipping rate (decision 020). Shared, so a
// page adding a print estimates its shipping by the rule the server then applies.
import type { ShippingClass } from "./shipping-price";

/** A long edge above this goes in the large parcel: rolled paper in a long tube, a canvas or metal in a crate. */
export const LARGE_LONG_EDGE_IN = 20;

export type ShippableThing =
  | { kind: "print"; material: "paper" | "canvas" | "metal"; widthIn: number; heightIn: number }
  | { kind: "product" };

export function shippingClassOf(thing: ShippableThing): ShippingClass {
  if (thing.kind === "product") return "book";
  const large = Math.max(thing.widthIn, thing.heightIn) > LARGE_LONG_EDGE_IN;
  if (thing.material === "paper") return large ? "large_paper" : "small_paper";
  return large ? "large_rigid" : "small_rigid";
}
