import { describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createProduct } from "../../test/factories";
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
});
