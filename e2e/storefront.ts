// Addresses of the seeded storefront, read from the live sitemap so specs never hard-code slugs.
import type { Page } from "playwright-core";
import { baseUrl } from "./browser";

export type StorefrontUrls = { collection: string; photo: string };

export async function storefrontUrls(): Promise<StorefrontUrls> {
  const xml = await (await fetch(`${baseUrl()}/sitemap.xml`)).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const collection = paths.find((p) => p.startsWith("/collections/"));
  const photo = paths.find((p) => p.startsWith("/photos/"));
  if (!collection || !photo) throw new Error("the sitemap lists no collection or photo: is the demo catalogue seeded?");
  return { collection, photo };
}

/** Every storefront page a shopper can land on, for the axe and screenshot runs. */
export async function storefrontPages(): Promise<{ name: string; path: string }[]> {
  const { collection, photo } = await storefrontUrls();
  return [
    { name: "home", path: "/" },
    { name: "collections", path: "/collections" },
    { name: "collection", path: collection },
    { name: "photos", path: "/photos" },
    { name: "photos-filtered", path: "/photos?material=canvas&min=50" },
    { name: "photo", path: photo },
    { name: "book", path: "/book" },
    { name: "about", path: "/about" },
    { name: "not-found", path: "/no-such-page" },
    { name: "cart", path: "/cart" },
    { name: "contact", path: "/contact" },
  ];
}

/** Scrolls to the bottom and back so lazily loaded images are fetched, then waits for all of them. */
export async function loadAllImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.images].filter((img) => img.loading !== "lazy" || img.getBoundingClientRect().height > 0).every((img) => img.complete));
}
