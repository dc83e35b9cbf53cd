// axe-core on every storefront page, in light and dark, on a phone and a desktop: no violations.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, newContext, useBrowser } from "./browser";
import { storefrontPages, storefrontUrls } from "./storefront";

const browser = useBrowser();
const widths = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } } as const;
const themes = ["light", "dark"] as const;

let pages: { name: string; path: string }[] = [];
beforeAll(async () => {
  pages = await storefrontPages();
});

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

describe("accessibility", () => {
  for (const theme of themes) {
    for (const [device, viewport] of Object.entries(widths)) {
      it(`every page has no axe violations in ${theme} at ${viewport.width}px (${device})`, async () => {
        const context = await newContext(browser.get(), { viewport, colorScheme: theme });
        await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
        const page = await context.newPage();
        const found: Record<string, string[]> = {};
        try {
          for (const { name, path } of pages) {
            await page.goto(path, { waitUntil: "load" });
            const list = await violations(page);
            if (list.length > 0) found[name] = list;
          }
        } finally {
          await context.close();
        }
        expect(found).toEqual({});
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
      await page.keyboard.press("+");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "hidden" });
    } finally {
      await context.close();
    }
  });
});
