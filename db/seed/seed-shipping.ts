// The shop's shipping zones and rates (decision 020). Idempotent: a zone
// already there keeps whatever the shop changed, so this runs on every start.
import type { DbOrTx } from "../client";
import { shippingRates, shippingZones, type ShippingClass } from "../schema/index";

type SeedRate = [ShippingClass, firstItemCents: number, additionalItemCents: number];
type SeedZone = { code: string; name: string; countries: string[]; freeShippingOverCents: number | null; rates: SeedRate[] };

export const SEED_SHIPPING_ZONES: SeedZone[] = [
  {
    code: "us",
    name: "United States",
    countries: ["US"],
    freeShippingOverCents: 30_000,
    rates: [["small_paper", 900, 300], ["large_paper", 1500, 500], ["small_rigid", 1800, 800], ["large_rigid", 3500, 1500], ["book", 600, 300]],
  },
  {
    code: "europe",
    name: "United Kingdom and Europe",
    countries: ["GB", "IE", "DE", "FR", "NL", "BE", "LU", "AT", "CH", "IT", "ES", "PT", "DK", "SE", "NO", "FI"],
    freeShippingOverCents: 60_000,
    rates: [["small_paper", 1800, 600], ["large_paper", 2800, 1000], ["small_rigid", 3500, 1500], ["large_rigid", 6500, 3000], ["book", 1400, 600]],
  },
  {
    code: "world",
    name: "Canada, Australia, New Zealand and Japan",
    countries: ["CA", "AU", "NZ", "JP"],
    freeShippingOverCents: null,
    rates: [["small_paper", 2500, 800], ["large_paper", 3800, 1400], ["small_rigid", 4500, 2000], ["large_rigid", 8500, 4000], ["book", 1800, 800]],
  },
];

export async function seedShipping(db: DbOrTx, zones: SeedZone[] = SEED_SHIPPING_ZONES): Promise<void> {
  for (const [sortOrder, zone] of zones.entries()) {
    const [row] = await db
      .insert(shippingZones)
      .values({ code: zone.code, name: zone.name, countries: zone.countries, freeShippingOverCents: zone.freeShippingOverCents, sortOrder })
      .onConflictDoNothing({ target: shippingZones.code })
      .returning({ id: shippingZones.id });
    if (!row) continue;
    await db.insert(shippingRates).values(zone.rates.map(([shippingClass, firstItemCents, additionalItemCents]) => ({ zoneId: row.id, shippingClass, firstItemCents, additionalItemCents })));
  }
}
