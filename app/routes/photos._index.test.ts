import { beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createCollection, createPhoto } from "../../test/factories";
import { runMeta } from "../../test/route-meta";
import { routeContext } from "../../test/route-context";
import { metaContent } from "../lib/seo";
import { loader, meta } from "./photos._index";

const database = await testDatabase();
const env = testEnv({ PUBLIC_URL: "https://prints.example" });
const context = routeContext(database.db, env);

const load = async (query: string) => (await loader({ request: new Request(`https://prints.example/photos${query}`), params: {}, context })).json();
const slugs = (data: { photos: { slug: string }[] }) => data.photos.map((p) => p.slug);

beforeAll(async () => {
  const db = database.db;
  const seascapes = await createCollection(db, { slug: "seascapes", title: "Seascapes" });
  const cities = await createCollection(db, { slug: "cities", title: "Cities" });
  await createPhoto(db, { slug: "lighthouse", title: "Lighthouse in Fog", collectionId: seascapes.id, orientation: "portrait", location: "Montauk", sortOrder: 1 }, [
    { material: "paper", widthIn: 8, heightIn: 10, priceCents: 4500 },
    { material: "metal", widthIn: 24, heightIn: 36, priceCents: 60000 },
  ]);
  await createPhoto(db, { slug: "breakers", title: "Breakers", collectionId: seascapes.id, orientation: "landscape", tags: ["surf"], sortOrder: 2 }, [
    { material: "canvas", widthIn: 24, heightIn: 36, priceCents: 30000 },
  ]);
  await createPhoto(db, { slug: "skyline", title: "Skyline", collectionId: cities.id, orientation: "landscape", location: "Brooklyn", sortOrder: 3 }, [
    { material: "paper", widthIn: 8, heightIn: 10, priceCents: 9000 },
  ]);
  await createPhoto(db, { slug: "retired", title: "Retired Lighthouse", collectionId: seascapes.id, isActive: false, sortOrder: 4 });
});

describe("/photos", () => {
  it("lists every active photo with a count, and points search engines at the unfiltered list", async () => {
    const data = await load("");
    expect(slugs(data)).toEqual(["lighthouse", "breakers", "skyline"]);
    expect(data.total).toBe(3);
    const tags = runMeta(meta, data);
    expect(metaContent(tags, "canonical")).toBe("https://prints.example/photos");
    expect(metaContent(tags, "robots")).toBeUndefined();
  });

  it("filters by collection, orientation, material, price in dollars and text, from the URL", async () => {
    expect(slugs(await load("?collection=seascapes"))).toEqual(["lighthouse", "breakers"]);
    expect(slugs(await load("?orientation=portrait"))).toEqual(["lighthouse"]);
    expect(slugs(await load("?material=paper"))).toEqual(["lighthouse", "skyline"]);
    expect(slugs(await load("?min=80&max=400"))).toEqual(["breakers", "skyline"]);
    expect(slugs(await load("?q=lighthouse"))).toEqual(["lighthouse"]);
    expect(slugs(await load("?q=surf"))).toEqual(["breakers"]);
    const combined = await load("?collection=seascapes&material=metal&q=montauk");
    expect(slugs(combined)).toEqual(["lighthouse"]);
    expect(combined.total).toBe(1);
    expect(combined.form).toEqual({ collection: "seascapes", material: "metal", q: "montauk" });
  });

  it("narrows by size class on the print's long edge, the same print matching every variant filter", async () => {
    expect(slugs(await load("?size=small"))).toEqual(["lighthouse", "skyline"]);
    expect(slugs(await load("?size=large"))).toEqual(["lighthouse", "breakers"]);
    expect(slugs(await load("?size=medium"))).toEqual([]);
    // The lighthouse has a small print and a metal print, but no small metal print.
    expect(slugs(await load("?material=metal&size=small"))).toEqual([]);
  });

  it("prices each card from what matches, and says which material", async () => {
    const all = await load("");
    expect(all.photos.map((p) => p.fromPriceCents)).toEqual([4500, 30000, 9000]);
    expect(all.priceNote).toBeNull();
    const metal = await load("?material=metal");
    expect(metal.photos.map((p) => [p.slug, p.fromPriceCents])).toEqual([["lighthouse", 60000]]);
    expect(metal.priceNote).toBe("on metal");
    const ranged = await load("?min=500&max=1000");
    expect(ranged.photos.map((p) => [p.slug, p.fromPriceCents])).toEqual([["lighthouse", 60000]]);
  });

  it("sorts by the shop's order, newest first, or the matching price either way", async () => {
    expect(slugs(await load("?sort=newest"))).toEqual(["skyline", "breakers", "lighthouse"]);
    expect(slugs(await load("?sort=price-asc"))).toEqual(["lighthouse", "skyline", "breakers"]);
    expect(slugs(await load("?sort=price-desc"))).toEqual(["breakers", "skyline", "lighthouse"]);
    // On metal the lighthouse costs $600, so it leads high to low.
    expect(slugs(await load("?min=80&sort=price-desc"))).toEqual(["lighthouse", "breakers", "skyline"]);
    const sorted = await load("?sort=price-asc&material=paper");
    expect(sorted.form).toEqual({ material: "paper", sort: "price-asc" });
  });

  it("swaps a reversed price range and says so, instead of finding nothing", async () => {
    const data = await load("?min=400&max=80");
    expect(slugs(data)).toEqual(["breakers", "skyline"]);
    expect(data.swappedPrices).toEqual({ min: 80, max: 400 });
    expect(data.form).toMatchObject({ min: 80, max: 400 });
    expect((await load("?min=80&max=400")).swappedPrices).toBeNull();
  });

  it("redirects a link with blank fields (a form sent without JavaScript) to one with only the set fields", async () => {
    const thrown = await loader({ request: new Request("https://prints.example/photos?q=&collection=&orientation=&material=metal&size=&min=700&max=60&sort=featured"), params: {}, context }).catch((r: unknown) => r);
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(302);
    // Kept as sent, so the page that follows can still say the range was swapped.
    expect(response.headers.get("Location")).toBe("/photos?material=metal&min=700&max=60");
    const unset = await loader({ request: new Request("https://prints.example/photos?q="), params: {}, context }).catch((r: unknown) => r);
    expect((unset as Response).headers.get("Location")).toBe("/photos");
  });

  it("marks filtered lists noindex so only the canonical list is indexed", async () => {
    expect(metaContent(runMeta(meta, await load("?orientation=portrait")), "robots")).toBe("noindex");
  });

  it("drops unusable parameters one by one and still answers, naming them", async () => {
    const data = await load("?orientation=diagonal&material=paper&min=-5&max=lots&collection=Not%20A%20Slug&q=%00");
    expect(data.ignored.sort()).toEqual(["collection", "max", "min", "orientation", "q"]);
    expect(slugs(data)).toEqual(["lighthouse", "skyline"]);
  });

  it("shows the first page for a malformed, forged or other sort's cursor, and says why, never an error page", async () => {
    const forged = Buffer.from(JSON.stringify({ o: "featured", k: 1, i: 99999999999 })).toString("base64url");
    const first = await load("?sort=price-asc");
    expect(first.cursorReset).toBe(false);
    const pricedCursor = Buffer.from(JSON.stringify({ o: "price-asc", k: 4500, i: first.photos[0]!.id })).toString("base64url");
    for (const cursor of ["not-a-cursor", "%3Cscript%3E", forged, pricedCursor]) {
      const data = await load(`?cursor=${cursor}`);
      expect(slugs(data), cursor).toEqual(["lighthouse", "breakers", "skyline"]);
      expect(data.cursorReset).toBe(true);
      expect(data.first).toBe(1);
      expect(data.previousHref).toBeNull();
    }
  });

  it("pages twelve at a time with a count, Previous and Next, keeping the filters (runs last: it adds photos)", async () => {
    const bulk = await createCollection(database.db, { slug: "bulk", title: "Bulk" });
    for (let i = 1; i <= 25; i++) await createPhoto(database.db, { slug: `bulk-${i}`, title: `Bulk ${i}`, collectionId: bulk.id, orientation: "square", sortOrder: 100 + i }, [{ material: "paper", widthIn: 10, heightIn: 10, priceCents: 1000 * (26 - i) }]);
    const first = await load("?collection=bulk&orientation=square");
    expect(first.photos).toHaveLength(12);
    expect([first.total, first.first, first.last]).toEqual([25, 1, 12]);
    expect(first.previousHref).toBeNull();
    expect(first.nextHref).toMatch(/^\/photos\?collection=bulk&orientation=square&cursor=[\w-]+$/);
    const second = await load(first.nextHref!.slice("/photos".length));
    expect([second.total, second.first, second.last]).toEqual([25, 13, 24]);
    expect(second.onFirstPage).toBe(false);
    expect(second.previousHref).toBe("/photos?collection=bulk&orientation=square");
    expect(metaContent(runMeta(meta, second), "robots")).toBe("noindex");
    const third = await load(second.nextHref!.slice("/photos".length));
    expect(slugs(third)).toEqual(["bulk-25"]);
    expect([third.first, third.last]).toEqual([25, 25]);
    expect(third.nextHref).toBeNull();
    const backToSecond = await load(third.previousHref!.slice("/photos".length));
    expect(slugs(backToSecond)).toEqual(slugs(second));
    expect(backToSecond.first).toBe(13);
  });

  it("pages through a price sort with each photo exactly once, in price order", async () => {
    const seen: string[] = [];
    let href: string | null = "/photos?collection=bulk&sort=price-asc";
    while (href) {
      const page: Awaited<ReturnType<typeof load>> = await load(href.slice("/photos".length));
      expect(page.first).toBe(seen.length + 1);
      seen.push(...slugs(page));
      href = page.nextHref;
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `bulk-${25 - i}`));
  });
});
