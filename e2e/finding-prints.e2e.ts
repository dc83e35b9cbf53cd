// Finding prints on /photos (filters that narrow, prices of what matches, sort, pages and Back, the
// phone's "Filters (n)") and the cart's small targets (a typed quantity, Remove then Undo), at 375
// and 1280 px; axe on each state, light and dark.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { formatMoney } from "../app/shared/money";
import { baseUrl, newContext, useBrowser } from "./browser";
import { addPrintToCart, cents } from "./shopping";

const browser = useBrowser();
const widths = { phone: { width: 375, height: 800 }, desktop: { width: 1280, height: 900 } } as const;

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

const countLine = (page: Page) => page.getByRole("status").filter({ hasText: / prints?$/ });
const cardPrices = async (page: Page) => (await page.getByRole("main").locator("ul li a p", { hasText: /^from / }).allTextContents()).map((t) => t.trim());

describe("finding prints", () => {
  for (const [device, viewport] of Object.entries(widths)) {
    const phone = device === "phone";
    it(`${viewport.width}px: metal in a price range, only matching cards at matching prices, sorted, page 2 and Back`, async () => {
      const context = await newContext(browser.get(), { viewport, hasTouch: phone, isMobile: phone });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      try {
        await page.goto("/photos");
        await countLine(page).filter({ hasText: "1–12 of 60 prints" }).waitFor();
        // A select applies itself once React has hydrated; chosen before, nothing would be sent.
        await page.waitForFunction(() => "__remixRouter" in window && document.readyState === "complete");
        const toggle = page.locator("summary", { hasText: "Filters" });
        if (phone) {
          // Folded on a phone until asked for.
          expect(await page.getByLabel("Material").isVisible()).toBe(false);
          await toggle.click();
        } else {
          expect(await toggle.isVisible()).toBe(false);
        }
        await page.getByLabel("Material").selectOption("metal");
        await page.waitForURL(/\/photos\?material=metal$/);
        await page.getByLabel("Minimum price in dollars").fill("200");
        await page.getByLabel("Maximum price in dollars").fill("900");
        await page.getByRole("button", { name: "Apply filters" }).click();
        // Only the fields that are set travel in the link.
        await page.waitForURL(/\/photos\?material=metal&min=200&max=900$/);
        if (phone) await toggle.filter({ hasText: "Filters (2)" }).waitFor();
        const filtered = (await countLine(page).textContent())!;
        const total = Number(/of (\d+) prints/.exec(filtered)?.[1]);
        expect(total).toBeGreaterThan(12);
        expect(total).toBeLessThan(60);

        // Each card is a photo with a metal print in the range, priced at its cheapest such print.
        const api = await page.request.get(`/api/trpc/catalog.listPhotos?input=${encodeURIComponent(JSON.stringify({ material: "metal", minPriceCents: 20000, maxPriceCents: 90000, limit: 60 }))}`);
        const matching = ((await api.json()) as { result: { data: { items: { title: string; fromPriceCents: number }[]; total: number } } }).result.data;
        expect(matching.total).toBe(total);
        const prices = await cardPrices(page);
        expect(prices).toHaveLength(12);
        for (const price of prices) {
          expect(price).toMatch(/^from \$[\d,]+ on metal$/);
          expect(cents(price)).toBeGreaterThanOrEqual(20000);
          expect(cents(price)).toBeLessThanOrEqual(90000);
        }
        expect(prices).toEqual(matching.items.slice(0, 12).map((p) => `from $${(p.fromPriceCents / 100).toLocaleString("en-US")} on metal`));

        await page.getByLabel("Sort by").selectOption("price-asc");
        await page.waitForURL(/sort=price-asc/);
        // The address changes before React commits the sorted cards: wait for them.
        const sorted = (list: number[]) => list.every((price, i) => i === 0 || price >= list[i - 1]!);
        await expect.poll(async () => sorted((await cardPrices(page)).map(cents))).toBe(true);
        const firstPage = (await cardPrices(page)).map(cents);
        expect(firstPage).toHaveLength(12);

        await page.getByRole("link", { name: "Next page" }).click();
        await countLine(page).filter({ hasText: `13–${Math.min(24, total)} of ${total} prints` }).waitFor();
        const secondPage = (await cardPrices(page)).map(cents);
        expect(Math.min(...secondPage)).toBeGreaterThanOrEqual(Math.max(...firstPage));
        await page.getByRole("link", { name: "Previous page" }).waitFor();
        expect(await violations(page)).toEqual([]);

        // Back walks the filter states in reverse: page 1 sorted, then unsorted, then metal alone.
        await page.goBack();
        await countLine(page).filter({ hasText: `1–12 of ${total} prints` }).waitFor();
        await page.goBack();
        await page.waitForURL(/\/photos\?material=metal&min=200&max=900$/);
        await expect.poll(() => page.getByLabel("Sort by").inputValue()).toBe("featured");
        await page.goBack();
        await page.waitForURL(/\/photos\?material=metal$/);
        await expect.poll(() => page.getByLabel("Minimum price in dollars").inputValue()).toBe("");
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`${viewport.width}px: a minimum above the maximum is explained and a malformed page link shows page one`, async () => {
      const context = await newContext(browser.get(), { viewport, hasTouch: phone, isMobile: phone });
      const page = await context.newPage();
      try {
        const swapped = await page.goto("/photos?min=900&max=200");
        expect(swapped?.status()).toBe(200);
        await page.getByText("The minimum price was above the maximum, so we swapped them: showing prints from $200 to $900.").waitFor();
        const malformed = await page.goto("/photos?sort=newest&cursor=not-a-real-cursor");
        expect(malformed?.status()).toBe(200);
        await page.getByText("That page link was not one we could follow, so here is the first page.").waitFor();
        await countLine(page).filter({ hasText: "1–12 of 60 prints" }).waitFor();
      } finally {
        await context.close();
      }
    });

    it(`${viewport.width}px: a typed quantity, clamped and refused with a message; Remove, then Undo`, async () => {
      const context = await newContext(browser.get(), { viewport, hasTouch: phone, isMobile: phone });
      const page = await context.newPage();
      try {
        const unit = await addPrintToCart(page);
        const field = page.getByRole("main").getByRole("spinbutton", { name: /^Quantity of / });
        const title = (await page.getByRole("main").getByRole("listitem").first().getByRole("link").first().textContent())!.trim();
        const saved = () => page.waitForResponse((r) => r.url().includes("/api/trpc/cart.setQuantity") && r.ok());
        let answer = saved();
        await field.fill("3");
        await field.press("Enter");
        await answer;
        await page.getByRole("main").getByText(formatMoney(unit * 3)).first().waitFor();
        answer = saved();
        await field.fill("150");
        await field.press("Enter");
        await page.getByText("99 is the most we print of one item, so the quantity is 99.").waitFor();
        await answer;
        expect(await field.inputValue()).toBe("99");
        await field.fill("0");
        await field.press("Enter");
        await page.getByText("To take this out of the cart, use Remove.").waitFor();
        expect(await field.getAttribute("aria-invalid")).toBe("true");
        // The steppers and Remove are a finger wide.
        for (const control of [page.getByRole("button", { name: /^Decrease quantity/ }), page.getByRole("button", { name: /^Remove / })]) {
          expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        }

        const removed = page.waitForResponse((r) => r.url().includes("/api/trpc/cart.remove") && r.ok());
        await page.getByRole("button", { name: `Remove ${title} from cart` }).click();
        await removed;
        const toast = page.getByRole("status").filter({ hasText: `Removed ${title}.` });
        await toast.waitFor();
        expect(await violations(page)).toEqual([]);
        const readded = page.waitForResponse((r) => r.url().includes("/api/trpc/cart.add") && r.ok());
        await toast.getByRole("button", { name: "Undo" }).click();
        await readded;
        await expect.poll(() => field.inputValue()).toBe("99");
        await page.getByRole("link", { name: "Cart, 99 items" }).waitFor();
      } finally {
        await context.close();
      }
    });
  }

  it("without JavaScript: blank fields leave the link, and Remove offers Put it back", async () => {
    const context = await newContext(browser.get(), { javaScript: false, viewport: widths.desktop });
    const page = await context.newPage();
    try {
      await page.goto("/photos");
      await page.getByLabel("Material").selectOption("metal");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await page.waitForURL(/\/photos\?material=metal$/);
      await addPrintToCart(page, { javaScript: false });
      await page.getByRole("button", { name: /^Remove / }).click();
      await page.waitForURL(/\/cart\?putBack=v\d+x1$/);
      await page.getByRole("button", { name: "Put it back" }).click();
      await page.waitForURL(/\/cart$/);
      await page.getByRole("link", { name: "Cart, 1 item" }).waitFor();
    } finally {
      await context.close();
    }
  });

  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violations on a filtered, sorted list, light and dark (${theme}), at both widths`, async () => {
      for (const viewport of Object.values(widths)) {
        const context = await newContext(browser.get(), { viewport, colorScheme: theme });
        await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
        const page = await context.newPage();
        try {
          await page.goto("/photos?material=metal&size=large&sort=price-desc&min=900&max=200", { waitUntil: "load" });
          expect(await violations(page)).toEqual([]);
        } finally {
          await context.close();
        }
      }
    });
  }
});
