import { beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { createCollection, createPhoto } from "../../test/factories";
import { routeContext } from "../../test/route-context";
import { loader as robotsLoader } from "./robots[.]txt";
import { loader as sitemapLoader } from "./sitemap[.]xml";

const database = await testDatabase();
const env = testEnv({ PUBLIC_URL: "https://prints.example/" });
const context = routeContext(database.db, env);

beforeAll(async () => {
  const shore = await createCollection(database.db, { slug: "shore", title: "Shore" });
  await createCollection(database.db, { slug: "hidden-collection", title: "Hidden", isActive: false });
  await createPhoto(database.db, { slug: "tide & time", title: "A slug from before slugs were checked, still URL-encoded", collectionId: shore.id });
  await createPhoto(database.db, { slug: "harbour-lights", title: "Harbour Lights", collectionId: shore.id });
  await createPhoto(database.db, { slug: "hidden-photo", title: "Hidden", isActive: false });
});

describe("/sitemap.xml", () => {
  it("lists absolute URLs of the fixed pages and every active collection and photo, and nothing inactive", async () => {
    const response = await sitemapLoader({ request: new Request("https://prints.example/sitemap.xml"), params: {}, context });
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      "https://prints.example/",
      "https://prints.example/photos",
      "https://prints.example/collections",
      "https://prints.example/book",
      "https://prints.example/gift-cards",
      "https://prints.example/about",
      "https://prints.example/contact",
      "https://prints.example/shipping",
      "https://prints.example/returns",
      "https://prints.example/faq",
      "https://prints.example/privacy",
      "https://prints.example/terms",
      "https://prints.example/collections/shore",
      "https://prints.example/photos/tide%20%26%20time",
      "https://prints.example/photos/harbour-lights",
    ]);
    expect(xml).not.toContain("hidden");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  });
});

describe("/robots.txt", () => {
  it("allows crawling, keeps the cart out, and points at the sitemap by absolute URL", async () => {
    const response = await robotsLoader({ request: new Request("https://prints.example/robots.txt"), params: {}, context });
    const text = await response.text();
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(text).toContain("User-agent: *");
    expect(text).toContain("Disallow: /cart");
    expect(text).toMatch(/^Sitemap: https:\/\/prints\.example\/sitemap\.xml$/m);
  });
});
