// Choosing a print (issue 14): the photo page explains its materials and sizes, zooms where the
// shopper taps, clicks or pinches with hints for that input, keeps "Add to cart" at hand on a phone
// once the picker has scrolled away, and without JavaScript brings a size choice back to the
// picker; the header's search finds a photo from any page; the book page shows its specifications.
// At 375 and 1280 px, light and dark, axe clean throughout.
import { AxeBuilder } from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { baseUrl, newContext, useBrowser } from "./browser";
import { expectOnScreen } from "./form-checks";
import { storefrontUrls } from "./storefront";
import { pinch } from "./wall-gestures";

const browser = useBrowser();
let context: BrowserContext | undefined;
afterEach(() => context?.close());

const SHOTS = process.env.PHOTO_PAGE_SHOTS ?? "";
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

let photoPath = "";
beforeAll(async () => {
  photoPath = (await storefrontUrls()).photo;
});

const layouts = [
  { name: "phone", viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true },
  { name: "desktop", viewport: { width: 1280, height: 900 }, hasTouch: false, isMobile: false },
] as const;

const hydrated = (page: Page) => page.waitForFunction(() => "__remixRouter" in window && document.readyState === "complete");

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** Where on the photo (0–1 across and down) a screen point falls. */
async function fractionUnder(image: Locator, point: { x: number; y: number }) {
  const box = (await image.boundingBox())!;
  return { x: (point.x - box.x) / box.width, y: (point.y - box.y) / box.height, width: box.width };
}

for (const layout of layouts) {
  for (const theme of ["light", "dark"] as const) {
    describe(`the photo page, ${layout.name}, ${theme}`, () => {
      async function open(javaScript = true): Promise<Page> {
        context = await newContext(browser.get(), { viewport: layout.viewport, hasTouch: layout.hasTouch, isMobile: layout.isMobile, colorScheme: theme, javaScript });
        await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
        const page = await context.newPage();
        await page.goto(photoPath);
        if (javaScript) await hydrated(page);
        return page;
      }

      it("explains each material and the chosen size in inches and centimetres, beside a person and a sofa", async () => {
        const page = await open();
        const materials = page.getByRole("region", { name: "The materials" });
        await expect.poll(() => materials.locator("summary").allTextContents()).toEqual(["Fine-art paper", "Canvas", "Metal"]);
        // The chosen material's explanation is open; the others are a tap away.
        const paper = materials.locator("details").first();
        for (const aspect of ["What it is", "Finish", "Mounting", "Hanging"]) expect(await paper.getByText(`${aspect}:`).isVisible()).toBe(true);
        expect(await page.getByRole("group", { name: "Size" }).getByRole("link").first().textContent()).toMatch(/^\d+ × \d+ in · \$[\d,]+(?:\.\d\d)?\d+ × \d+ cm$/);
        const sketch = page.getByRole("img", { name: /print above a sofa 200 cm .* beside a person 170 cm/ });
        expect(await sketch.isVisible()).toBe(true);
        expect(await page.getByRole("link", { name: "See it on your wall" }).getAttribute("href")).toMatch(/^\/wall\?photo=/);
        await shot(page, `photo-${layout.name}-${theme}`, true);
        await expectNoAxeViolations(page, "photo page");
      });

      it(layout.hasTouch ? "zooms at a double-tapped point and by a pinch, with touch hints" : "zooms at a clicked point, with mouse and keyboard hints", async () => {
        const page = await open();
        const trigger = page.getByRole("link", { name: /^Zoom in on / });
        if (layout.hasTouch) await trigger.tap();
        else await trigger.click();
        const dialog = page.getByRole("dialog");
        const image = dialog.getByRole("img");
        await image.waitFor();
        const hint = dialog.locator("p").first();
        if (layout.hasTouch) {
          expect(await hint.textContent()).toMatch(/Pinch or double-tap/);
          expect(await hint.textContent()).not.toMatch(/key|Escape/i);
        } else expect(await hint.textContent()).toMatch(/Click to zoom.*\+ and − zoom.*Escape/);

        // Opened fitted: the whole photo on screen.
        const viewport = dialog.getByRole("region", { name: "Zoomed photo" });
        const room = (await viewport.boundingBox())!;
        const fitted = (await image.boundingBox())!;
        expect(fitted.x).toBeGreaterThanOrEqual(room.x - 1);
        expect(fitted.x + fitted.width).toBeLessThanOrEqual(room.x + room.width + 1);
        expect(fitted.y + fitted.height).toBeLessThanOrEqual(room.y + room.height + 1);
        expect(Math.max(fitted.width / room.width, fitted.height / room.height)).toBeGreaterThan(0.98);

        const point = { x: fitted.x + fitted.width * 0.3, y: fitted.y + fitted.height * 0.4 };
        const before = await fractionUnder(image, point);
        if (layout.hasTouch) {
          await page.touchscreen.tap(point.x, point.y);
          await page.touchscreen.tap(point.x, point.y);
        } else await page.mouse.click(point.x, point.y);
        await expect.poll(async () => (await image.boundingBox())!.width).toBeGreaterThan(fitted.width * 2);
        // The photo's point under the finger or pointer stayed under it.
        const after = await fractionUnder(image, point);
        expect(Math.abs(after.x - before.x)).toBeLessThan(0.02);
        await shot(page, `zoom-${layout.name}-${theme}`);
        await expectNoAxeViolations(page, "zoom viewer");

        if (layout.hasTouch) {
          const zoomed = (await image.boundingBox())!.width;
          await pinch(page, { x: room.x + room.width / 2, y: room.y + room.height / 2 }, 80, 200);
          await expect.poll(async () => (await image.boundingBox())!.width).toBeGreaterThan(zoomed * 1.5);
        }
        await dialog.getByRole("button", { name: "Close zoom" }).click();
        await expect.poll(() => dialog.isVisible()).toBe(false);
      });

      it(layout.isMobile ? "shows the sticky bar once the picker scrolls away, and it adds to the cart" : "never shows the phone's sticky bar", async () => {
        const page = await open();
        const bar = page.getByRole("complementary", { name: "Your print" });
        expect(await bar.isVisible()).toBe(false);
        await page.getByRole("heading", { name: "The materials" }).scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, 400));
        if (!layout.isMobile) {
          await page.waitForTimeout(300);
          expect(await bar.isVisible()).toBe(false);
          return;
        }
        await bar.waitFor();
        const price = (await page.getByRole("status").filter({ hasText: /\$/ }).first().textContent())!.match(/\$[\d,]+(?:\.\d\d)?/)![0];
        expect(await bar.textContent()).toContain(price);
        await shot(page, `sticky-${theme}`);
        await expectNoAxeViolations(page, "sticky bar");
        await bar.getByRole("button", { name: "Add to cart" }).click();
        const drawer = page.getByRole("dialog");
        await drawer.getByText(price).first().waitFor();
        // The page behind still has the bar; scrolled back up, the picker is there and the bar goes.
        await drawer.getByRole("button", { name: "Close cart" }).click();
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect.poll(() => bar.isVisible()).toBe(false);
      });

      it("without JavaScript, choosing a size or material keeps the picker in view", async () => {
        const page = await open(false);
        const sizes = page.getByRole("group", { name: "Size" }).getByRole("link");
        await sizes.nth(1).click();
        await page.waitForURL(/variant=\d+#choose-print$/);
        await expectOnScreen(page.getByRole("group", { name: "Size" }));
        expect(await sizes.nth(1).getAttribute("aria-current")).toBe("true");
        await page.getByRole("group", { name: "Material" }).getByRole("link", { name: "Canvas" }).click();
        await page.waitForURL(/#choose-print$/);
        await expectOnScreen(page.getByRole("group", { name: "Material" }));
        await shot(page, `nojs-picker-${layout.name}-${theme}`);
      });

      it("finds the photo from the header's search, with and without JavaScript", async () => {
        for (const javaScript of [true, false]) {
          const page = await open(javaScript);
          const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
          await page.goto("/about");
          const search = page.getByRole("search").getByLabel("Search prints");
          await search.fill(title);
          await search.press("Enter");
          await page.waitForURL(/\/photos\?q=/);
          await page.getByRole("link", { name: new RegExp(title) }).first().waitFor();
          if (javaScript) await shot(page, `search-${layout.name}-${theme}`);
          await context!.close();
        }
        context = undefined;
      });

      it("the book page shows its cover, spreads, specifications and stock", async () => {
        const page = await open();
        await page.goto("/book");
        const specs = page.getByRole("region", { name: "Specifications" });
        for (const name of ["Pages", "Size", "Paper", "Binding"]) expect(await specs.getByText(name, { exact: true }).isVisible()).toBe(true);
        expect(await specs.textContent()).toMatch(/12 in \(30 cm\) wide/);
        expect(await page.getByText(/A spread: /).count()).toBe(2);
        expect(await page.getByText(/In stock|Only \d+ left|Sold out/).isVisible()).toBe(true);
        await shot(page, `book-${layout.name}-${theme}`, true);
        await expectNoAxeViolations(page, "book page");
      });
    });
  }
}
