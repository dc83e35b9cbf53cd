// The shipping price of a parcel to a country, from the zones and rates in the database, by the one
// rule in app/shared/shipping-price.ts (decision 020). Integer cents throughout.
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { shippingRates, shippingZones } from "../../db/schema/index";
import { priceParcel, type ParcelItem, type ShippingZone as Zone } from "../../app/shared/shipping-price";

export type { ParcelItem, ShippingZone as Zone } from "../../app/shared/shipping-price";

export type ShippingQuote = {
  country: string;
  zone: { code: string; name: string };
  cents: number;
  /** what the items must reach for free shipping in this zone; null when the zone never ships free */
  freeShippingOverCents: number | null;
};

/** The zone that lists the country, with its rates; null when the shop does not ship there. */
export async function zoneFor(db: DbOrTx, country: string): Promise<Zone | null> {
  const rows = await db
    .select({
      code: shippingZones.code,
      name: shippingZones.name,
      freeShippingOverCents: shippingZones.freeShippingOverCents,
      shippingClass: shippingRates.shippingClass,
      firstItemCents: shippingRates.firstItemCents,
      additionalItemCents: shippingRates.additionalItemCents,
    })
    .from(shippingZones)
    .innerJoin(shippingRates, eq(shippingRates.zoneId, shippingZones.id))
    .where(sql`${country} = any(${shippingZones.countries})`)
    .orderBy(asc(shippingZones.sortOrder), asc(shippingZones.id));
  const first = rows[0];
  if (!first) return null;
  const ofFirstZone = rows.filter((r) => r.code === first.code);
  return {
    code: first.code,
    name: first.name,
    freeShippingOverCents: first.freeShippingOverCents,
    rates: ofFirstZone.map(({ shippingClass, firstItemCents, additionalItemCents }) => ({ shippingClass, firstItemCents, additionalItemCents })),
  };
}

export async function quoteShipping(db: DbOrTx, input: { country: string; items: ParcelItem[]; itemsTotalCents: number }): Promise<ShippingQuote | null> {
  const zone = await zoneFor(db, input.country);
  if (!zone) return null;
  return {
    country: input.country,
    zone: { code: zone.code, name: zone.name },
    cents: priceParcel(zone, input.items, input.itemsTotalCents),
    freeShippingOverCents: zone.freeShippingOverCents,
  };
}
