// The phone menu: a tap before the page's JavaScript has run keeps the menu open once it has, and a
// navigation from the menu closes it.
import { afterEach, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { newContext, useBrowser } from "./browser";

const browser = useBrowser();
let context: BrowserContext | undefined;
afterEach(() => context?.close());

const menuIsOpen = (page: Page) => page.locator("details:has(summary)").first().evaluate((d) => (d as HTMLDetailsElement).open);
const hydrated = (page: Page) => page.waitForFunction(() => "__remixRouter" in window && document.readyState === "complete");

it("opened before hydration, the menu is still open after it", async () => {
  context = await newContext(browser.get(), { viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  // Hold the app's scripts back, as a slow phone would, until the shopper has tapped.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/build/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "domcontentloaded" });
  await page.locator("summary", { hasText: "Menu" }).click();
  expect(await menuIsOpen(page)).toBe(true);
  release();
  await hydrated(page);
  expect(await menuIsOpen(page)).toBe(true);
});

it("a link in the menu navigates and closes it", async () => {
  context = await newContext(browser.get(), { viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto("/");
  await hydrated(page);
  await page.locator("summary", { hasText: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Prints" }).click();
  await page.waitForURL(/\/photos$/);
  await page.waitForFunction(() => !(document.querySelector("details:has(summary)") as HTMLDetailsElement).open);
});

it("at 375 px the header is two rows: menu, name, theme, assistant and cart on one, search on the next", async () => {
  context = await newContext(browser.get(), { viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto("/");
  const header = page.getByRole("banner");
  const middle = async (box: Promise<{ y: number; height: number } | null>) => {
    const { y, height } = (await box)!;
    return y + height / 2;
  };
  const menu = await middle(header.locator("summary", { hasText: "Menu" }).boundingBox());
  const cart = await middle(header.getByRole("link", { name: /^Cart/ }).boundingBox());
  const theme = await middle(header.getByRole("form", { name: "Colour theme" }).boundingBox());
  expect(Math.abs(menu - cart)).toBeLessThan(4);
  expect(Math.abs(menu - theme)).toBeLessThan(4);
  expect(await middle(header.getByRole("search").boundingBox())).toBeGreaterThan(cart);
  expect((await header.boundingBox())!.height).toBeLessThan(140);
});

it("from 768 px the sections have a row below the name, search and cart; at 1280 px all of it is one row", async () => {
  const rowsAt = async (width: number) => {
    context = await newContext(browser.get(), { viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto("/");
    const header = page.getByRole("banner");
    const middleOf = async (name: "search" | "navigation" | "cart") => {
      const target = name === "cart" ? header.getByRole("link", { name: /^Cart/ }) : header.getByRole(name).first();
      const { y, height } = (await target.boundingBox())!;
      return y + height / 2;
    };
    const [search, nav, cart] = [await middleOf("search"), await middleOf("navigation"), await middleOf("cart")];
    const headerHeight = (await header.boundingBox())!.height;
    await context.close();
    context = undefined;
    return { search, nav, cart, headerHeight };
  };
  for (const width of [768, 1024]) {
    const { search, nav, cart } = await rowsAt(width);
    expect(Math.abs(search - cart)).toBeLessThan(4);
    expect(nav).toBeGreaterThan(cart + 20);
  }
  const wide = await rowsAt(1280);
  expect(Math.abs(wide.nav - wide.cart)).toBeLessThan(4);
  expect(Math.abs(wide.search - wide.cart)).toBeLessThan(4);
  expect(wide.headerHeight).toBeLessThan(80);
});
