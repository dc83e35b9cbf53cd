import { beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createCollection, createPhoto, createPhotoImages } from "../../test/factories";
import { runMeta } from "../../test/route-meta";
import { routeContext } from "../../test/route-context";
import { photoProductJsonLd } from "../lib/json-ld";
import { metaContent } from "../lib/seo";
import { loader, meta } from "./photos.$slug";

let queries = 0;
// postgres.js reads pg_catalog types once per new pool connection; that is not the page's doing.
const database = await testDatabase({ onQuery: (query) => (queries += query.includes("pg_catalog") ? 0 : 1) });
const env = testEnv({ PUBLIC_URL: "https://prints.example" });
const context = routeContext(database.db, env);

const load = async (slug: string) => {
  const response = await loader({ request: new Request(`https://prints.example/photos/${slug}`), params: { slug }, context });
  return response.json();
};

async function thrownStatus(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
  throw new Error("expected the loader to throw a Response");
}

let photo: Awaited<ReturnType<typeof createPhoto>>;

beforeAll(async () => {
  const db = database.db;
  const seascapes = await createCollection(db, { slug: "seascapes", title: "Seascapes" });
  const cities = await createCollection(db, { slug: "cities", title: "Cities" });
  photo = await createPhoto(db, { slug: "fog-at-the-point", title: "Fog at the Point", story: "Fog rolled in over the point at dawn <and> stayed.", collectionId: seascapes.id, tags: ["fog", "coast"], sortOrder: 1 }, [
    { material: "paper", widthIn: 8, heightIn: 12, priceCents: 4500 },
    { material: "canvas", widthIn: 24, heightIn: 36, priceCents: 32050 },
    { material: "metal", widthIn: 40, heightIn: 60, priceCents: 120000 },
    { material: "metal", widthIn: 20, heightIn: 30, priceCents: 50000, isActive: false },
  ]);
  await createPhotoImages(db, photo);
  await createPhoto(db, { slug: "city-fog", title: "City Fog", collectionId: cities.id, tags: ["fog"], sortOrder: 2 });
  await createPhoto(db, { slug: "harbour", title: "Harbour", collectionId: seascapes.id, tags: [], sortOrder: 3 });
  await createPhoto(db, { slug: "unrelated", title: "Unrelated", collectionId: cities.id, tags: [], sortOrder: 4 });
  await createPhoto(db, { slug: "hidden-shore", title: "Hidden Shore", collectionId: seascapes.id, isActive: false, sortOrder: 0 });
});

describe("the photo page loader", () => {
  it("gives the page its own title, description, canonical URL and social cards with absolute URLs", async () => {
    const tags = runMeta(meta, await load("fog-at-the-point"));
    expect(metaContent(tags, "title")).toBe("Fog at the Point — fine-art print · Printroom");
    expect(metaContent(tags, "description")).toBe("Fog rolled in over the point at dawn <and> stayed.");
    expect(metaContent(tags, "canonical")).toBe("https://prints.example/photos/fog-at-the-point");
    expect(metaContent(tags, "og:type")).toBe("product");
    expect(metaContent(tags, "og:url")).toBe("https://prints.example/photos/fog-at-the-point");
    expect(metaContent(tags, "og:image")).toBe("https://prints.example/media/photos/fog-at-the-point/1600w.jpg");
    expect(metaContent(tags, "og:image:width")).toBe("1600");
    expect(metaContent(tags, "og:image:height")).toBe("1067");
    expect(metaContent(tags, "twitter:card")).toBe("summary_large_image");
    expect(metaContent(tags, "twitter:image")).toBe("https://prints.example/media/photos/fog-at-the-point/1600w.jpg");
  });

  it("keeps the root's defaults for tags the page does not set, and its own for the rest", async () => {
    const tags = runMeta(meta, await load("fog-at-the-point"), [{ title: "Printroom" }, { name: "theme-default", content: "kept" }]);
    expect(metaContent(tags, "theme-default")).toBe("kept");
    expect(tags.filter((t) => "title" in t)).toHaveLength(1);
  });

  it("describes the photo as a Product with one Offer per active variant at its database price", async () => {
    // What the page renders into its ld+json script, from the loader's own data.
    const { photo: loaded, publicUrl } = await load("fog-at-the-point");
    const jsonLd = photoProductJsonLd(publicUrl, loaded);
    expect(jsonLd["@type"]).toBe("Product");
    expect(jsonLd.name).toBe("Fog at the Point");
    expect(jsonLd.image).toEqual(["https://prints.example/media/photos/fog-at-the-point/1600w.jpg"]);
    const active = photo.variants.filter((v) => v.isActive);
    const offers = jsonLd.offers as Record<string, string>[];
    expect(offers).toHaveLength(active.length);
    expect(offers.map((o) => o.price)).toEqual(["45.00", "320.50", "1200.00"]);
    for (const [index, offer] of offers.entries()) {
      expect(offer).toMatchObject({
        "@type": "Offer",
        priceCurrency: "USD",
        availability: "https://schema.org/InStock",
        url: `https://prints.example/photos/fog-at-the-point?variant=${active[index]!.id}`,
      });
    }
  });

  it("offers related photos from the same collection first, then by shared tags, never itself or a hidden one", async () => {
    const { related } = await load("fog-at-the-point");
    expect(related.map((p: { slug: string }) => p.slug)).toEqual(["harbour", "city-fog", "unrelated"]);
  });

  it("runs the same handful of queries however many variants and related photos there are", async () => {
    queries = 0;
    await load("fog-at-the-point");
    const withFourVariants = queries;
    const many = await createPhoto(database.db, { slug: "many-variants", title: "Many", sortOrder: 9 }, Array.from({ length: 12 }, (_, i) => ({ material: "paper" as const, widthIn: 8 + i, heightIn: 10 + i, priceCents: 4000 + i })));
    await createPhotoImages(database.db, many);
    queries = 0;
    await load("many-variants");
    expect(queries).toBe(withFourVariants);
    // The photo with its images, price and variants, beside the related photos with theirs.
    expect(queries).toBe(2);
  });

  it("explains each material the photo comes in, its edition and signature, and hands the zoom viewer its 3000 px copy", async () => {
    const limited = await createPhoto(database.db, { slug: "limited-dunes", title: "Limited Dunes", editionSize: 25, isSigned: true, sortOrder: 10 });
    await createPhotoImages(database.db, limited, [400, 1600, 3000]);
    const { photo: loaded, materials } = await load("limited-dunes");
    expect(loaded.edition).toEqual({ size: 25, signed: true });
    expect(loaded.zoom).toEqual({ width: 3000, height: 2000, jpeg: "/media/photos/limited-dunes/3000w.jpg", avif: "/media/photos/limited-dunes/3000w.avif" });
    // The page's own picture never offers the zoom copy: no layout is 3000 px wide.
    expect(JSON.stringify(loaded.image)).not.toContain("3000w");
    expect(materials.map((m: { material: string }) => m.material)).toEqual(["paper", "canvas", "metal"]);
    for (const guide of materials) {
      for (const aspect of ["what", "finish", "mounting", "hanging"] as const) expect(guide[aspect].length, `${guide.material} ${aspect}`).toBeGreaterThan(20);
    }
  });

  it("says nothing of an edition or zoom copy the photo does not have, and explains only its own materials", async () => {
    await createPhoto(database.db, { slug: "paper-only", title: "Paper Only", sortOrder: 11 }, [{ material: "paper", widthIn: 8, heightIn: 12, priceCents: 4500 }]);
    const { photo: loaded, materials } = await load("paper-only");
    expect(loaded.edition).toEqual({ size: null, signed: false });
    expect(loaded.zoom).toBeNull();
    expect(materials.map((m: { material: string }) => m.material)).toEqual(["paper"]);
  });

  it("answers an unknown, hidden or malformed slug with a real 404", async () => {
    expect(await thrownStatus(load("no-such-photo"))).toBe(404);
    expect(await thrownStatus(load("hidden-shore"))).toBe(404);
    expect(await thrownStatus(load("Not A Slug!"))).toBe(404);
  });
});
