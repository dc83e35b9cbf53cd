import { describe, expect, it } from "vitest";
import { seedShipping, SEED_SHIPPING_ZONES } from "../../db/seed/seed-shipping";
import { shippingZones } from "../../db/schema/index";
import { testDatabase } from "../../test/database";
import { priceParcel } from "../../app/shared/shipping-price";
import { quoteShipping, zoneFor } from "./quote";
import { shippingClassOf } from "../../app/shared/shipping-class";

const database = await testDatabase();
const db = database.db;
await seedShipping(db);

const smallPaper = shippingClassOf({ kind: "print", material: "paper", widthIn: 12, heightIn: 8 });
const largeCanvas = shippingClassOf({ kind: "print", material: "canvas", widthIn: 36, heightIn: 24 });
const book = shippingClassOf({ kind: "product" });

describe("shipping classes", () => {
  it("sorts lines by the parcel they travel in", () => {
    expect(smallPaper).toBe("small_paper");
    expect(shippingClassOf({ kind: "print", material: "paper", widthIn: 24, heightIn: 16 })).toBe("large_paper");
    expect(shippingClassOf({ kind: "print", material: "metal", widthIn: 20, heightIn: 16 })).toBe("small_rigid");
    expect(largeCanvas).toBe("large_rigid");
    expect(book).toBe("book");
  });
});

describe("quoteShipping, from the seeded zones", () => {
  it("prices by zone: the same small print costs more to send abroad", async () => {
    const items = [{ shippingClass: smallPaper, quantity: 1 }];
    const us = await quoteShipping(db, { country: "US", items, itemsTotalCents: 4500 });
    const de = await quoteShipping(db, { country: "DE", items, itemsTotalCents: 4500 });
    const jp = await quoteShipping(db, { country: "JP", items, itemsTotalCents: 4500 });
    expect([us?.zone.code, us?.cents]).toEqual(["us", 900]);
    expect([de?.zone.code, de?.cents]).toEqual(["europe", 1800]);
    expect([jp?.zone.code, jp?.cents]).toEqual(["world", 2500]);
  });

  it("prices by what is in the parcel: a large canvas costs more than a small paper print", async () => {
    const paper = await quoteShipping(db, { country: "US", items: [{ shippingClass: smallPaper, quantity: 1 }], itemsTotalCents: 4500 });
    const canvas = await quoteShipping(db, { country: "US", items: [{ shippingClass: largeCanvas, quantity: 1 }], itemsTotalCents: 4500 });
    expect(canvas!.cents).toBe(3500);
    expect(canvas!.cents).toBeGreaterThan(paper!.cents);
  });

  it("gives the book its own rate, and charges the dearest item's first rate and the others' additional rates", async () => {
    expect((await quoteShipping(db, { country: "GB", items: [{ shippingClass: book, quantity: 1 }], itemsTotalCents: 6500 }))!.cents).toBe(1400);
    // canvas first (6500), one more canvas (3000), two papers (2 × 600), the book (600)
    const mixed = await quoteShipping(db, {
      country: "FR",
      items: [
        { shippingClass: smallPaper, quantity: 2 },
        { shippingClass: largeCanvas, quantity: 2 },
        { shippingClass: book, quantity: 1 },
      ],
      itemsTotalCents: 50_000,
    });
    expect(mixed!.cents).toBe(6500 + 3000 + 2 * 600 + 600);
  });

  it("ships free from the zone's threshold, exactly at it and not a cent below", async () => {
    const items = [{ shippingClass: largeCanvas, quantity: 1 }];
    const threshold = SEED_SHIPPING_ZONES.find((z) => z.code === "us")!.freeShippingOverCents!;
    expect((await quoteShipping(db, { country: "US", items, itemsTotalCents: threshold - 1 }))!.cents).toBe(3500);
    const free = await quoteShipping(db, { country: "US", items, itemsTotalCents: threshold });
    expect([free!.cents, free!.freeShippingOverCents]).toEqual([0, threshold]);
    // The world zone never ships free.
    expect((await quoteShipping(db, { country: "AU", items, itemsTotalCents: 10_000_000 }))!.cents).toBe(8500);
  });

  it("answers null for a country no zone lists, and nothing for an empty parcel", async () => {
    expect(await quoteShipping(db, { country: "BR", items: [{ shippingClass: smallPaper, quantity: 1 }], itemsTotalCents: 4500 })).toBeNull();
    expect((await quoteShipping(db, { country: "US", items: [], itemsTotalCents: 0 }))!.cents).toBe(0);
  });

  it("seeds once: running it again keeps the shop's own changes", async () => {
    const zone = (await zoneFor(db, "US"))!;
    await seedShipping(db);
    expect(await db.$count(shippingZones)).toBe(SEED_SHIPPING_ZONES.length);
    expect(priceParcel(zone, [{ shippingClass: book, quantity: 3 }], 0)).toBe(600 + 2 * 300);
  });
});
