// Screenshots of the home and a photo page on a phone and a desktop, light and dark, kept as CI output.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseUrl, newContext, useBrowser } from "./browser";
import { loadAllImages, storefrontUrls } from "./storefront";

const browser = useBrowser();
const outputDir = path.resolve("e2e/artifacts/screenshots");
const viewports = { mobile: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } } as const;

describe("screenshots", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      it(`home and a photo page, ${device}, ${theme}`, async () => {
        mkdirSync(outputDir, { recursive: true });
        const { photo } = await storefrontUrls();
        const context = await newContext(browser.get(), { viewport, colorScheme: theme, deviceScaleFactor: 1 });
        await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
        const page = await context.newPage();
        try {
          for (const [name, url] of [["home", "/"], ["photo", photo]] as const) {
            await page.goto(url, { waitUntil: "load" });
            await loadAllImages(page);
            // The largest image above the fold must be a real, decoded photo, not a placeholder.
            const hero = await page.evaluate(() => {
              const img = document.querySelector<HTMLImageElement>('img[fetchpriority="high"]');
              return img ? { loaded: img.complete && img.naturalWidth > 0, lazy: img.loading === "lazy" } : null;
            });
            expect(hero).toEqual({ loaded: true, lazy: false });
            const file = path.join(outputDir, `${name}-${device}-${theme}.png`);
            await page.screenshot({ path: file, fullPage: true });
            expect(statSync(file).size).toBeGreaterThan(10_000);
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});
