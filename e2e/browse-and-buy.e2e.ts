// A shopper's main journey: browse, filter, open a photo, choose a print, add it, see it in the cart.
import { describe, expect, it } from "vitest";
import { newContext, useBrowser } from "./browser";

const browser = useBrowser();

describe("browse → filter → photo → variant → cart", () => {
  for (const javaScript of [true, false]) {
    it(`works with JavaScript ${javaScript ? "on" : "off"} and the cart shows the print at the page's price`, async () => {
      const context = await newContext(browser.get(), { javaScript, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      try {
        await page.goto("/");
        await page.getByRole("link", { name: /Browse prints/ }).first().click();
        await page.waitForURL(/\/photos$/);

        await page.getByLabel("Material").selectOption("canvas");
        // With JavaScript a changed select applies itself; without it the shopper presses the button.
        if (!javaScript) await page.getByRole("button", { name: "Apply filters" }).click();
        await page.waitForURL(/material=canvas/);
        await expect(page.getByRole("status").filter({ hasText: / prints?$/ }).textContent()).resolves.toMatch(/^([1-9]\d* prints?|1–\d+ of [1-9]\d* prints)$/);

        const firstPhoto = page.getByRole("main").getByRole("link").filter({ has: page.getByRole("heading", { level: 2 }) }).first();
        const title = (await firstPhoto.getByRole("heading", { level: 2 }).textContent())!.trim();
        await firstPhoto.click();
        await page.waitForURL(/\/photos\/[a-z0-9-]+/);
        await page.getByRole("heading", { level: 1, name: title }).waitFor();

        await page.getByRole("group", { name: "Material" }).getByRole("link", { name: "Canvas" }).click();
        await page.waitForURL(/\?variant=\d+(#[\w-]+)?$/);
        // The address changes before React commits the canvas sizes on a slow machine: wait for them.
        await page.getByRole("group", { name: "Material" }).locator('a[aria-current="true"]', { hasText: "Canvas" }).waitFor();
        const largest = page.getByRole("group", { name: "Size" }).getByRole("link").last();
        await largest.click();
        await page.waitForFunction(() => document.querySelector("[role=group][aria-labelledby=size-label] li:last-child a")?.getAttribute("aria-current") === "true");
        // A size reads "16 × 24 in · $120" with its centimetres on a line of their own below.
        const [size, rest] = (await largest.textContent())!.split("·").map((part) => part.trim()) as [string, string];
        const price = rest.match(/^\$\d{1,3}(,\d{3})*(\.\d\d)?/)![0];
        const variantId = new URL(page.url()).searchParams.get("variant");
        expect(await largest.getAttribute("href")).toContain(`variant=${variantId}`);
        await expect(page.getByRole("status").filter({ hasText: /\$/ }).textContent()).resolves.toContain(price);

        // Without JavaScript the form posts to /cart, which answers 303 back to this page.
        const reloaded = javaScript ? null : page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
        // With it the drawer shows the line at once (optimistically); the server's answer follows.
        const saved = javaScript ? page.waitForResponse((response) => new URL(response.url()).pathname.startsWith("/api/trpc/cart.add")) : null;
        await page.getByRole("button", { name: "Add to cart" }).click();
        if (javaScript) {
          const drawer = page.getByRole("dialog");
          await drawer.waitFor();
          await drawer.filter({ hasText: title }).waitFor();
          await page.getByRole("link", { name: "Cart, 1 item" }).waitFor();
          expect((await saved)!.status()).toBe(200);
        } else {
          await reloaded;
          await page.waitForLoadState("load");
          await expect(page.getByRole("link", { name: "Cart, 1 item" }).count()).resolves.toBe(1);
        }

        await page.goto("/cart");
        const cart = page.getByRole("main");
        await expect(cart.textContent()).resolves.toContain(title);
        await expect(cart.textContent()).resolves.toContain(`${size} · Canvas`);
        await expect(cart.textContent()).resolves.toContain(price);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
