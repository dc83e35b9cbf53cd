import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { products } from "../../db/schema/index";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createPhoto, createProduct } from "../../test/factories";
import { runMeta } from "../../test/route-meta";
import { routeContext } from "../../test/route-context";
import { metaContent } from "../lib/seo";
import { loader, meta } from "./book";

const database = await testDatabase();
const context = routeContext(database.db, testEnv({ PUBLIC_URL: "https://prints.example" }));
const load = () => loader({ request: new Request("https://prints.example/book"), params: {}, context });

describe("/book", () => {
  it("is a 404 until the photo book is in the catalogue", async () => {
    await expect(load()).rejects.toSatisfy((thrown) => thrown instanceof Response && thrown.status === 404);
  });

  it("offers the photo book by product id, with a Product + Offer and its own tags", async () => {
    const book = await createProduct(database.db, { slug: "photo-book", title: "Edge of the Atlantic", description: "A hardcover of 120 photographs.", priceCents: 6500, stock: 0 });
    const data = await (await load()).json();
    expect(data.book).toMatchObject({ id: book.id, priceCents: 6500 });
    expect(data.jsonLd).toMatchObject({
      "@type": "Product",
      name: "Edge of the Atlantic",
      offers: { "@type": "Offer", price: "65.00", priceCurrency: "USD", availability: "https://schema.org/OutOfStock", url: "https://prints.example/book" },
    });
    const tags = runMeta(meta, data);
    expect(metaContent(tags, "title")).toBe("Edge of the Atlantic · Printroom");
    expect(metaContent(tags, "canonical")).toBe("https://prints.example/book");
    expect(metaContent(tags, "og:type")).toBe("product");
  });

  it("gives the page the book's specifications, null where one is not recorded", async () => {
    await database.db.update(products).set({ pageCount: 160, widthIn: 12, heightIn: 10, paper: "Heavy matte art paper", binding: null, stock: 3 }).where(eq(products.slug, "photo-book"));
    const data = await (await load()).json();
    expect(data.book.specifications).toEqual({ pageCount: 160, widthIn: 12, heightIn: 10, paper: "Heavy matte art paper", binding: null });
    expect(data.book.stock).toBe(3);
    expect((data.jsonLd.offers as { availability: string }).availability).toBe("https://schema.org/InStock");
  });

  it("shows the cover and two spreads from the featured photos, in catalogue order", async () => {
    for (let i = 1; i <= 6; i++) await createPhoto(database.db, { slug: `featured-${i}`, title: `Featured ${i}`, isFeatured: true, sortOrder: i });
    const data = await (await load()).json();
    expect(data.spreads.map((p: { slug: string }) => p.slug)).toEqual(["featured-1", "featured-2", "featured-3", "featured-4", "featured-5"]);
  });
});
