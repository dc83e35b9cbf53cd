// Shipping zones in the back office: a saved zone prices the next quote, audited; bad input and a
// country already in another zone are refused with nothing changed, also for two saves at once.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action as editAction, loader as editLoader } from "../../../app/routes/admin.shipping.$zone";
import { loader as listLoader } from "../../../app/routes/admin.shipping._index";
import { action as createAction } from "../../../app/routes/admin.shipping.new";
import { shippingClasses } from "../../../app/shared/shipping-price";
import { auditLog, shippingZones } from "../../../db/schema/index";
import { SEED_SHIPPING_ZONES, seedShipping } from "../../../db/seed/seed-shipping";
import { testEnv } from "../../../test/app-server";
import { testDatabase } from "../../../test/database";
import { formPost, routeContext } from "../../../test/route-context";
import { quoteShipping } from "../../shipping/quote";
import { createCaller } from "../../trpc/root";
import { createAdminUser } from "../access/admin-users";
import { startAdminSession } from "../access/sessions";
import { checkoutCoverage, listZonesForAdmin, saveZone } from "./zone-admin";
import { zoneInput, type ZoneRates } from "./zone-input";

const database = await testDatabase();
const db = database.db;
const env = testEnv();
await seedShipping(db);
const owner = await createAdminUser(db, { email: "shipping.owner@example.com", password: "a long enough owner password" });
const signedIn = routeContext(db, env, { adminSessionToken: await startAdminSession(db, owner.id) });
const visitor = routeContext(db, env, { adminSessionToken: undefined });

const onePrint = [{ shippingClass: "small_paper" as const, quantity: 1 }];
const quote = (country: string, itemsTotalCents = 4500) => quoteShipping(db, { country, items: onePrint, itemsTotalCents });
const rates = (first: number, additional: number) => Object.fromEntries(shippingClasses.map((c) => [c, { firstItemCents: first, additionalItemCents: additional }])) as ZoneRates;
/** The form as the edit page fills it for the seeded zone, with `changes` typed over it. */
function formOf(code: string, changes: Record<string, string> = {}): Record<string, string> {
  const seeded = SEED_SHIPPING_ZONES.find((z) => z.code === code)!;
  const fields: Record<string, string> = { name: seeded.name, countries: seeded.countries.join(", "), freeOver: seeded.freeShippingOverCents === null ? "" : String(seeded.freeShippingOverCents / 100) };
  for (const [c, first, additional] of seeded.rates) Object.assign(fields, { [`first_${c}`]: String(first / 100), [`additional_${c}`]: String(additional / 100) });
  return { ...fields, ...changes };
}
const edit = (code: string, fields: Record<string, string>, context = signedIn) => editAction({ request: formPost(`http://shop.test/admin/shipping/${code}`, fields), context, params: { zone: code } }) as Promise<Response>;
const create = (fields: Record<string, string>) => createAction({ request: formPost("http://shop.test/admin/shipping/new", fields), context: signedIn, params: {} }) as Promise<Response>;
const snapshot = () => listZonesForAdmin(db);

describe("shipping zones in the back office", () => {
  it("sends a visitor to the login and changes nothing", async () => {
    const before = await snapshot();
    await expect(listLoader({ request: new Request("http://shop.test/admin/shipping"), context: visitor, params: {} })).rejects.toMatchObject({ status: 303 });
    await expect(edit("us", formOf("us", { first_small_paper: "1" }), visitor)).rejects.toMatchObject({ status: 303 });
    expect(await snapshot()).toEqual(before);
  });

  it("lists the zones with their rates, and 404s for a zone that does not exist", async () => {
    const { zones, coverage } = (await (await listLoader({ request: new Request("http://shop.test/admin/shipping"), context: signedIn, params: {} })).json()) as { zones: { code: string; rates: ZoneRates }[]; coverage: unknown };
    expect(coverage).toEqual({ notOffered: [], withoutZone: [] });
    expect(zones.map((z) => z.code)).toEqual(["us", "europe", "world"]);
    expect(zones[0]!.rates.small_paper).toEqual({ firstItemCents: 900, additionalItemCents: 300 });
    expect(checkoutCoverage(await snapshot(), ["US", "DE", "BR"])).toEqual({ notOffered: SEED_SHIPPING_ZONES.flatMap((z) => z.countries).filter((c) => c !== "US" && c !== "DE"), withoutZone: ["BR"] });
    await expect(editLoader({ request: new Request("http://shop.test/admin/shipping/mars"), context: signedIn, params: { zone: "mars" } })).rejects.toMatchObject({ status: 404 });
  });

  it("saves rates and the threshold in dollars as cents: the next quote prices by them, audited", async () => {
    expect(await quote("US")).toMatchObject({ cents: 900 });
    const saved = await edit("us", formOf("us", { name: "  The   States ", first_small_paper: "12.50", freeOver: "150", countries: "us, pr" }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/admin/shipping/us?done=saved");
    expect(await quote("US")).toMatchObject({ zone: { code: "us", name: "The States" }, cents: 1250, freeShippingOverCents: 15_000 });
    expect(await quote("PR")).toMatchObject({ cents: 1250 });
    expect(await quote("US", 15_000)).toMatchObject({ cents: 0 });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "shipping_zone.update"));
    expect(audit).toMatchObject({ adminUserId: owner.id, subjectType: "shipping_zone", subjectId: "us", before: { name: "United States", countries: ["US"], freeShippingOverCents: 30_000 }, after: { name: "The States", countries: ["US", "PR"], freeShippingOverCents: 15_000 } });
    expect((audit!.after as { rates: ZoneRates }).rates.small_paper).toEqual({ firstItemCents: 1250, additionalItemCents: 300 });
    // A threshold left empty: the zone never ships free.
    await edit("us", formOf("us", { name: "The States", first_small_paper: "12.50", countries: "US PR", freeOver: "" }));
    expect(await quote("US", 1_000_000)).toMatchObject({ cents: 1250, freeShippingOverCents: null });
  });

  it("refuses bad input beside its field, with nothing changed and nothing audited", async () => {
    const before = await snapshot();
    const audits = await db.$count(auditLog);
    for (const [changes, field] of [
      [{ name: "  " }, "name"],
      [{ countries: "" }, "countries"],
      [{ countries: "US, XX" }, "countries"],
      [{ countries: "EU" }, "countries"],
      [{ freeOver: "0" }, "freeOver"],
      [{ freeOver: "lots" }, "freeOver"],
      [{ first_book: "-1" }, "first_book"],
      [{ additional_large_rigid: "2.555" }, "additional_large_rigid"],
      [{ first_small_paper: "" }, "first_small_paper"],
    ] as const) {
      const refused = await edit("europe", formOf("europe", changes));
      expect(refused.status).toBe(400);
      expect(Object.keys((await refused.json()).fieldErrors)).toEqual([field]);
    }
    const missing = formOf("europe");
    delete missing.first_book;
    expect((await edit("europe", missing)).status).toBe(400);
    expect(await snapshot()).toEqual(before);
    expect(await db.$count(auditLog)).toBe(audits);
  });

  it("refuses a country that another zone lists, naming the zone", async () => {
    const before = await snapshot();
    const refused = await edit("world", formOf("world", { countries: "CA, AU, NZ, JP, DE" }));
    expect(refused.status).toBe(409);
    expect((await refused.json()).fieldErrors.countries).toMatch(/DE in “United Kingdom and Europe”/);
    expect(await snapshot()).toEqual(before);
    expect(await quote("DE")).toMatchObject({ zone: { code: "europe" } });
  });

  it("lets only one of two parallel saves put the same country in its zone", async () => {
    const zone = (code: string) => zoneInput.parse({ code, name: code, countries: ["MX", code === "mexico-a" ? "GT" : "HN"], freeShippingOverCents: null, rates: rates(2000, 500) });
    const admin = { id: owner.id, email: owner.email };
    const results = await Promise.allSettled([saveZone(db, admin, zone("mexico-a"), "create"), saveZone(db, admin, zone("mexico-b"), "create")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ kind: "Conflict", field: "countries" });
    const holding = (await snapshot()).filter((z) => z.countries.includes("MX"));
    expect(holding).toHaveLength(1);
    await db.delete(shippingZones).where(eq(shippingZones.code, holding[0]!.code));
  });

  it("creates a zone from the form, refuses a code in use, and deletes one only when the box is ticked", async () => {
    const fields = { ...formOf("world", { name: "South America", countries: "BR, AR" }), code: "south-america" };
    expect((await create(fields)).headers.get("location")).toBe("/admin/shipping/south-america?done=created");
    expect(await quote("BR")).toMatchObject({ zone: { code: "south-america" }, cents: 2500 });
    const again = await create({ ...fields, countries: "CL" });
    expect(again.status).toBe(409);
    expect(Object.keys((await again.json()).fieldErrors)).toEqual(["code"]);
    for (const code of ["South America", "new", ""]) expect((await create({ ...fields, code, countries: "CL" })).status).toBe(400);

    const unconfirmed = await edit("south-america", { intent: "delete" });
    expect(unconfirmed.status).toBe(400);
    expect(Object.keys((await unconfirmed.json()).fieldErrors)).toEqual(["confirm"]);
    expect(await quote("BR")).not.toBeNull();
    const deleted = await edit("south-america", { intent: "delete", confirm: "yes" });
    expect(deleted.headers.get("location")).toBe("/admin/shipping?done=deleted");
    expect(await quote("BR")).toBeNull();
    expect(await db.select({ action: auditLog.action, before: auditLog.before }).from(auditLog).where(eq(auditLog.subjectId, "south-america"))).toMatchObject([
      { action: "shipping_zone.create", before: null },
      { action: "shipping_zone.delete", before: { countries: ["BR", "AR"] } },
    ]);
    expect((await edit("south-america", { intent: "delete", confirm: "yes" })).status).toBe(404);
  });

  it("admin.shipping: 401 without a session, BAD_REQUEST for a missing class, CONFLICT for a taken country, save creates or replaces", async () => {
    const admin = createCaller(signedIn).admin.shipping;
    await expect(createCaller(visitor).admin.shipping.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const input = { code: "asia", name: "Asia", countries: ["sg", "KR"], freeShippingOverCents: null, rates: rates(3000, 1000) };
    const { book: _book, ...withoutBook } = input.rates;
    await expect(admin.save({ ...input, rates: withoutBook as ZoneRates })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.save({ ...input, freeShippingOverCents: 99.5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.save({ ...input, countries: ["SG", "JP"] })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await admin.save(input)).toMatchObject({ changed: true, zone: { countries: ["SG", "KR"] } });
    expect(await admin.save(input)).toMatchObject({ changed: false });
    expect(await admin.save({ ...input, name: "East Asia" })).toMatchObject({ changed: true });
    expect(await admin.get({ code: "asia" })).toMatchObject({ name: "East Asia", rates: { book: { firstItemCents: 3000 } } });
    expect(await quoteShipping(db, { country: "KR", items: onePrint, itemsTotalCents: 100 })).toMatchObject({ cents: 3000 });
    expect(await admin.delete({ code: "asia" })).toEqual({ deleted: true });
    await expect(admin.delete({ code: "asia" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
