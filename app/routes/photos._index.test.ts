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

  it("swaps a reversed price range instead of finding nothing", async () => {
    expect(slugs(await load("?min=400&max=80"))).toEqual(["breakers", "skyline"]);
  });

  it("marks filtered lists noindex so only the canonical list is indexed", async () => {
    expect(metaContent(runMeta(meta, await load("?orientation=portrait")), "robots")).toBe("noindex");
  });

  it("drops unusable parameters one by one and still answers, naming them", async () => {
    const data = await load("?orientation=diagonal&material=paper&min=-5&max=lots&collection=Not%20A%20Slug&q=%00");
    expect(data.ignored.sort()).toEqual(["collection", "max", "min", "orientation", "q"]);
    expect(slugs(data)).toEqual(["lighthouse", "skyline"]);
  });

  it("answers a forged cursor with a 400 that explains, never a 500", async () => {
    const forged = Buffer.from(JSON.stringify({ s: 1, i: 99999999999 })).toString("base64url");
    for (const cursor of ["not-a-cursor", forged]) {
      const status = await loader({ request: new Request(`https://prints.example/photos?cursor=${cursor}`), params: {}, context }).then(
        () => 200,
        (thrown: unknown) => (thrown instanceof Response ? thrown.status : 500),
      );
      expect(status).toBe(400);
    }
  });

  it("pages with the cursor and keeps the filters on the page links (runs last: it adds photos)", async () => {
    const bulk = await createCollection(database.db, { slug: "bulk", title: "Bulk" });
    for (let i = 1; i <= 25; i++) await createPhoto(database.db, { slug: `bulk-${i}`, title: `Bulk ${i}`, collectionId: bulk.id, orientation: "square", sortOrder: 100 + i });
    const first = await load("?collection=bulk&orientation=square");
    expect(first.photos).toHaveLength(24);
    expect(first.total).toBe(25);
    expect(first.firstHref).toBe("/photos?collection=bulk&orientation=square");
    expect(first.nextHref).toMatch(/^\/photos\?collection=bulk&orientation=square&cursor=[\w-]+$/);
    const second = await load(first.nextHref!.slice("/photos".length));
    expect(slugs(second)).toEqual(["bulk-25"]);
    expect(second.total).toBe(25);
    expect(second.onFirstPage).toBe(false);
    expect(second.nextHref).toBeNull();
    expect(metaContent(runMeta(meta, second), "robots")).toBe("noindex");
  });
});
