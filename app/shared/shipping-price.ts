// The price of a parcel in a shipping zone: the dearest item pays its class's first-item rate, every
// other item its class's additional-item rate, nothing from the zone's free-shipping threshold
// (decision 020). Pure, so the cart and drawer estimate by the very rule
// checkout charges, and update at once when a quantity changes.

/**
 * How a line travels: paper rolls or goes flat in a sleeve, canvas and metal are rigid and boxed;
 * "large" is a long edge over 20 in (app/shared/shipping-class.ts decides); the book is a book.
 */
export const shippingClasses = ["small_paper", "large_paper", "small_rigid", "large_rigid", "book"] as const;
export type ShippingClass = (typeof shippingClasses)[number];

export type ParcelItem = { shippingClass: ShippingClass; quantity: number };
export type ShippingRate = { shippingClass: ShippingClass; firstItemCents: number; additionalItemCents: number };
export type ShippingZone = { code: string; name: string; freeShippingOverCents: number | null; rates: ShippingRate[] };

export function priceParcel(zone: ShippingZone, items: ParcelItem[], itemsTotalCents: number): number {
  if (items.length === 0) return 0;
  if (zone.freeShippingOverCents !== null && itemsTotalCents >= zone.freeShippingOverCents) return 0;
  const rateOf = (shippingClass: ShippingClass) => {
    const rate = zone.rates.find((r) => r.shippingClass === shippingClass);
    // Seeded for every class; a zone without one is a configuration fault, not the shopper's.
    if (!rate) throw new Error(`shipping zone ${zone.code} has no rate for ${shippingClass}`);
    return rate;
  };
  const units = items.flatMap((item) => Array.from({ length: item.quantity }, () => rateOf(item.shippingClass)));
  const dearest = units.reduce((best, unit, i) => (unit.firstItemCents > units[best]!.firstItemCents ? i : best), 0);
  return units.reduce((sum, unit, i) => sum + (i === dearest ? unit.firstItemCents : unit.additionalItemCents), 0);
}
