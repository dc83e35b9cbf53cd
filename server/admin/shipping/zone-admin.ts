// Shipping zones and their rates as the owner edits them (decision 020). Quotes read the tables on
// every request, so a saved zone prices the next cart and checkout; each change is audited.
import { and, arrayOverlaps, asc, eq, max, ne, sql } from "drizzle-orm";
import { shippingClasses } from "../../../app/shared/shipping-price";
import type { Db, Tx } from "../../../db/client";
import { shippingRates, shippingZones } from "../../../db/schema/index";
import { conflict, notFound } from "../../errors";
import type { Admin } from "../access/sessions";
import { recordAudit } from "../audit/record-audit";
import { notifyCatalogueChanged } from "../catalogue/catalogue-changed";
import type { ZoneInput, ZoneRates } from "./zone-input";

export type AdminZone = { code: string; name: string; countries: string[]; freeShippingOverCents: number | null; rates: ZoneRates };

async function zonesWithRates(db: Db | Tx, code?: string): Promise<AdminZone[]> {
  const rows = await db
    .select({ id: shippingZones.id, code: shippingZones.code, name: shippingZones.name, countries: shippingZones.countries, freeShippingOverCents: shippingZones.freeShippingOverCents, rates: shippingRates })
    .from(shippingZones)
    .leftJoin(shippingRates, eq(shippingRates.zoneId, shippingZones.id))
    .where(code === undefined ? undefined : eq(shippingZones.code, code))
    .orderBy(asc(shippingZones.sortOrder), asc(shippingZones.id));
  const zones = new Map<number, AdminZone>();
  for (const row of rows) {
    const zone = zones.get(row.id) ?? { code: row.code, name: row.name, countries: row.countries, freeShippingOverCents: row.freeShippingOverCents, rates: {} as ZoneRates };
    zones.set(row.id, zone);
    if (row.rates) zone.rates[row.rates.shippingClass] = { firstItemCents: row.rates.firstItemCents, additionalItemCents: row.rates.additionalItemCents };
  }
  // A class without a row (not made by the seed or this editor) shows as missing rather than as free.
  return [...zones.values()].map((z) => ({ ...z, rates: Object.fromEntries(shippingClasses.filter((c) => z.rates[c]).map((c) => [c, z.rates[c]])) as ZoneRates }));
}

export function listZonesForAdmin(db: Db): Promise<AdminZone[]> {
  return zonesWithRates(db);
}

/**
 * Checkout offers only the countries in STRIPE_SHIPPING_COUNTRIES, so a zone's country outside that
 * list cannot be chosen, and a listed country without a zone cannot be shipped to: the owner is told both.
 */
export function checkoutCoverage(zones: readonly AdminZone[], offered: readonly string[]): { notOffered: string[]; withoutZone: string[] } {
  const zoned = new Set(zones.flatMap((z) => z.countries));
  return { notOffered: [...zoned].filter((c) => !offered.includes(c)), withoutZone: offered.filter((c) => !zoned.has(c)) };
}

export async function loadZoneForAdmin(db: Db | Tx, code: string): Promise<AdminZone> {
  const [zone] = await zonesWithRates(db, code);
  if (!zone) throw notFound("There is no shipping zone with that code.");
  return zone;
}

const comparable = (zone: AdminZone) => JSON.stringify({ ...zone, rates: Object.fromEntries(shippingClasses.map((c) => [c, zone.rates[c] ?? null])) });

/**
 * `create` refuses a code in use, `update` a code not in use; `upsert` (the router's save) does either.
 * A country may be in only one zone: saves take the zones table in SHARE ROW EXCLUSIVE mode, which
 * one save at a time can hold while quotes still read, so two saves cannot each miss the other's country.
 */
export async function saveZone(db: Db, admin: Admin, input: ZoneInput, mode: "create" | "update" | "upsert"): Promise<{ zone: AdminZone; changed: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${shippingZones} in share row exclusive mode`);
    const [existing] = await tx.select({ id: shippingZones.id }).from(shippingZones).where(eq(shippingZones.code, input.code));
    if (existing && mode === "create") throw conflict("A zone with this code exists already; choose another code.", "code");
    if (!existing && mode === "update") throw notFound("There is no shipping zone with that code.");
    const taken = await tx
      .select({ name: shippingZones.name, countries: shippingZones.countries })
      .from(shippingZones)
      .where(and(arrayOverlaps(shippingZones.countries, input.countries), existing ? ne(shippingZones.id, existing.id) : undefined));
    if (taken.length > 0) {
      const clashes = taken.map((z) => `${input.countries.filter((c) => z.countries.includes(c)).join(", ")} in “${z.name}”`).join("; ");
      throw conflict(`A country ships from one zone only, and these are in another: ${clashes}. Take them out there first.`, "countries");
    }
    const after: AdminZone = { code: input.code, name: input.name, countries: input.countries, freeShippingOverCents: input.freeShippingOverCents, rates: input.rates };
    const before = existing ? await loadZoneForAdmin(tx, input.code) : null;
    if (before && comparable(before) === comparable(after)) return { zone: before, changed: false };
    const values = { name: input.name, countries: input.countries, freeShippingOverCents: input.freeShippingOverCents };
    let zoneId: number;
    if (existing) {
      await tx.update(shippingZones).set(values).where(eq(shippingZones.id, existing.id));
      zoneId = existing.id;
    } else {
      const [last] = await tx.select({ sortOrder: max(shippingZones.sortOrder) }).from(shippingZones);
      const [created] = await tx.insert(shippingZones).values({ ...values, code: input.code, sortOrder: (last?.sortOrder ?? -1) + 1 }).returning({ id: shippingZones.id });
      zoneId = created!.id;
    }
    for (const shippingClass of shippingClasses) {
      const rate = input.rates[shippingClass];
      await tx
        .insert(shippingRates)
        .values({ zoneId, shippingClass, ...rate })
        .onConflictDoUpdate({ target: [shippingRates.zoneId, shippingRates.shippingClass], set: rate });
    }
    await recordAudit(tx, { adminUserId: admin.id, action: before ? "shipping_zone.update" : "shipping_zone.create", subject: { type: "shipping_zone", id: input.code }, before, after });
    // No cached page shows rates today; told anyway so one that does never shows stale prices.
    await notifyCatalogueChanged(tx);
    return { zone: after, changed: true };
  });
}

/** Its rates go with it; a country it listed no longer ships until another zone lists it. */
export async function deleteZone(db: Db, admin: Admin, code: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await loadZoneForAdmin(tx, code);
    await tx.delete(shippingZones).where(eq(shippingZones.code, code));
    await recordAudit(tx, { adminUserId: admin.id, action: "shipping_zone.delete", subject: { type: "shipping_zone", id: code }, before, after: null });
    await notifyCatalogueChanged(tx);
  });
}
