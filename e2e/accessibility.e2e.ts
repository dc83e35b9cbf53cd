// axe-core on every storefront page, in light and dark, on a phone and a desktop: no violations.
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, newContext, useBrowser } from "./browser";
import { storefrontPages, storefrontUrls } from "./storefront";

const browser = useBrowser();
const widths = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } } as const;
const themes = ["light", "dark"] as const;

/** Known before the server is asked for slugs, so each page is its own test; paths come in beforeAll. */
const pageNames = ["home", "collections", "collection", "photos", "photos-filtered", "photo", "book", "about", "not-found", "cart", "contact"];
let pages: { name: string; path: string }[] = [];
beforeAll(async () => {
  pages = await storefrontPages();
  expect(pages.map((p) => p.name)).toEqual(pageNames);
});

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

describe("accessibility", () => {
  for (const theme of themes) {
    for (const [device, viewport] of Object.entries(widths)) {
      describe(`${theme}, ${viewport.width}px (${device})`, () => {
        let context: BrowserContext;
        let page: Page;
        beforeAll(async () => {
          context = await newContext(browser.get(), { viewport, colorScheme: theme });
          await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
          page = await context.newPage();
        });
        afterAll(() => context?.close());

        for (const name of pageNames) {
          it(`${name} has no axe violations`, async () => {
            const { path } = pages.find((p) => p.name === name)!;
            await page.goto(path, { waitUntil: "load" });
            expect(await violations(page)).toEqual([]);
          });
        }
      });
    }
  }

  it("the open mobile menu and the open zoom viewer have no violations either", async () => {
    const { photo } = await storefrontUrls();
    const context = await newContext(browser.get(), { viewport: widths.phone });
    const page = await context.newPage();
    try {
      await page.goto("/");
      // The menu is a <details>: its <summary> is the control, named by its hidden "Menu" text.
      await page.locator("summary", { hasText: "Menu" }).click();
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Prints" }).waitFor();
      expect(await violations(page)).toEqual([]);

      await page.goto(photo);
      await page.waitForFunction(() => "__remixContext" in window && document.readyState === "complete");
      await page.getByRole("link", { name: /^Zoom in on / }).click();
      await page.getByRole("dialog").waitFor();
      expect(await violations(page)).toEqual([]);
      // The viewer is usable by keyboard alone: + zooms, arrows pan, Escape closes and focus returns.
      const level = () => page.getByRole("dialog").getByRole("status", { name: "Zoom level" }).textContent();
      expect(await level()).toBe("100%");
      await page.keyboard.press("+");
      await expect.poll(level).toBe("150%");
      const placement = () => page.getByRole("region", { name: "Zoomed photo" }).locator("img").evaluate((img) => (img as HTMLImageElement).style.transform);
      const before = await placement();
      await page.keyboard.press("ArrowRight");
      await expect.poll(placement).not.toBe(before);
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "hidden" });
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Zoom in on /);
    } finally {
      await context.close();
    }
  });
});
