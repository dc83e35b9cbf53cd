import { describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createCollection, createPhoto, createPhotoImages } from "../../test/factories";
import { runMeta } from "../../test/route-meta";
import { routeContext } from "../../test/route-context";
import { metaContent } from "../lib/seo";
import { loader, meta } from "./_index";

const database = await testDatabase();
const env = testEnv({ PUBLIC_URL: "https://prints.example", SHOP_EMAIL: "studio@prints.example" });
const context = routeContext(database.db, env);
const load = async () => (await loader({ request: new Request("https://prints.example/"), params: {}, context })).json();

describe("the home page loader", () => {
  it("uses the site's default card while there is nothing featured yet", async () => {
    const tags = runMeta(meta, await load());
    expect(metaContent(tags, "og:image")).toBe("https://prints.example/og-default.jpg");
    expect(metaContent(tags, "canonical")).toBe("https://prints.example/");
  });

  it("describes the shop as an Organization and a searchable WebSite", async () => {
    const { jsonLd } = await load();
    const [organization, website] = jsonLd as unknown as [Record<string, unknown>, { potentialAction: { target: { urlTemplate: string } } }];
    expect(organization).toMatchObject({ "@type": "Organization", name: "Printroom", url: "https://prints.example/", email: "studio@prints.example", logo: "https://prints.example/logo.png" });
    expect(website).toMatchObject({ "@type": "WebSite", url: "https://prints.example/", publisher: { "@id": organization["@id"] } });
    expect(website.potentialAction.target.urlTemplate).toBe("https://prints.example/photos?q={search_term_string}");
  });

  it("leads with the first featured photo that is not a collection's cover, as the hero and the social card", async () => {
    const collection = await createCollection(database.db, { slug: "shore", title: "Shore" });
    const cover = await createPhoto(database.db, { slug: "cover-light", title: "Cover Light", isFeatured: true, collectionId: collection.id, sortOrder: -10 });
    await createPhotoImages(database.db, cover);
    const hero = await createPhoto(database.db, { slug: "hero-light", title: "Hero Light", isFeatured: true, sortOrder: -5 });
    await createPhotoImages(database.db, hero);
    await createPhoto(database.db, { slug: "not-featured", title: "Not Featured" });
    const data = await load();
    // The page shows the cover photo once, on its collection's card, and the hero once, at the top.
    expect(data.hero?.slug).toBe("hero-light");
    expect(data.collections.map((c: { slug: string }) => c.slug)).toEqual(["shore"]);
    expect(data.collections[0]?.cover?.src).toBe("/media/photos/cover-light/1600w.jpg");
    expect(data.featured.map((p: { slug: string }) => p.slug)).toEqual(["cover-light"]);
    const tags = runMeta(meta, data);
    expect(metaContent(tags, "og:image")).toBe("https://prints.example/media/photos/hero-light/1600w.jpg");
    expect(metaContent(tags, "title")).toBe("Printroom — Fine-art photography prints");
  });
});
