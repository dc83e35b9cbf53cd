import { beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createCollection, createPhoto } from "../../test/factories";
import { runMeta } from "../../test/route-meta";
import { routeContext } from "../../test/route-context";
import { metaContent } from "../lib/seo";
import { loader, meta } from "./collections.$slug";
import { loader as indexLoader, meta as indexMeta } from "./collections._index";

const database = await testDatabase();
const env = testEnv({ PUBLIC_URL: "https://prints.example" });
const context = routeContext(database.db, env);

const load = async (slug: string, query = "") =>
  (await loader({ request: new Request(`https://prints.example/collections/${slug}${query}`), params: { slug }, context })).json();

async function thrownStatus(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
  throw new Error("expected the loader to throw a Response");
}

beforeAll(async () => {
  const seascapes = await createCollection(database.db, { slug: "seascapes", title: "Seascapes", description: "The sea in every season.", sortOrder: 1 });
  await createCollection(database.db, { slug: "retired", title: "Retired", isActive: false, sortOrder: 2 });
  for (let i = 1; i <= 26; i++) {
    await createPhoto(database.db, { slug: `wave-${i}`, title: `Wave ${i}`, collectionId: seascapes.id, sortOrder: i, isActive: i !== 3 });
  }
});

describe("a collection page", () => {
  it("has its own title, description and canonical URL", async () => {
    const tags = runMeta(meta, await load("seascapes"));
    expect(metaContent(tags, "title")).toBe("Seascapes — prints · Printroom");
    expect(metaContent(tags, "description")).toBe("The sea in every season.");
    expect(metaContent(tags, "canonical")).toBe("https://prints.example/collections/seascapes");
    expect(metaContent(tags, "og:url")).toBe("https://prints.example/collections/seascapes");
  });

  it("lists its photos as a schema.org ItemList in page order with absolute URLs", async () => {
    const { jsonLd, photos, nextHref } = await load("seascapes");
    const items = jsonLd.itemListElement as { name: string }[];
    expect(jsonLd["@type"]).toBe("ItemList");
    expect(jsonLd.numberOfItems).toBe(24);
    expect(items[0]).toEqual({ "@type": "ListItem", position: 1, name: "Wave 1", url: "https://prints.example/photos/wave-1" });
    expect(items.map((i) => i.name)).not.toContain("Wave 3");
    expect(photos).toHaveLength(24);
    expect(nextHref).toMatch(/^\/collections\/seascapes\?cursor=/);
  });

  it("follows the next-page link to the remaining photos", async () => {
    const first = await load("seascapes");
    const second = await load("seascapes", first.nextHref!.slice("/collections/seascapes".length));
    expect(second.photos.map((p: { slug: string }) => p.slug)).toEqual(["wave-26"]);
    expect(second.nextHref).toBeNull();
    expect(second.onFirstPage).toBe(false);
  });

  it("answers an unknown or retired collection with a 404", async () => {
    expect(await thrownStatus(load("nowhere"))).toBe(404);
    expect(await thrownStatus(load("retired"))).toBe(404);
  });
});

describe("the collections index", () => {
  it("lists only active collections, as an ItemList", async () => {
    const data = await (await indexLoader({ request: new Request("https://prints.example/collections"), params: {}, context })).json();
    expect(data.collections.map((c: { slug: string }) => c.slug)).toEqual(["seascapes"]);
    expect(data.jsonLd.itemListElement).toEqual([{ "@type": "ListItem", position: 1, name: "Seascapes", url: "https://prints.example/collections/seascapes" }]);
    expect(metaContent(runMeta(indexMeta, data), "canonical")).toBe("https://prints.example/collections");
  });
});
