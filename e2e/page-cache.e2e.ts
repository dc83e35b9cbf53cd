// The kept page in a real browser: an anonymous visitor gets the photo page from the page cache,
// its inline scripts run under the kept page's hash-based CSP and it hydrates; once the visitor has
// a cart (a session cookie) the page is rendered for them again.
import type { Page, Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newContext, useBrowser } from "./browser";
import { storefrontUrls } from "./storefront";

const browser = useBrowser();

type Watched = Window & { cspViolations: string[]; sameDocument?: boolean };

/** The page is kept once compressed, just after the first answer: loads it until the cache answers. */
async function loadUntilHit(page: Page, path: string): Promise<Response> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const response = await page.goto(path, { waitUntil: "load" });
    if (response?.headers()["x-page-cache"] === "hit") return response;
    await page.waitForTimeout(250);
  }
  throw new Error(`${path} was never answered from the page cache`);
}

describe("the page cache in the browser", () => {
  it("gives an anonymous visitor the kept photo page, which runs, hydrates and sells; with a cart the page is their own", async () => {
    const { photo } = await storefrontUrls();
    const context = await newContext(browser.get(), { viewport: { width: 1280, height: 900 } });
    // Registered before any script of the page: a refused inline script would be reported here.
    await context.addInitScript(() => {
      (window as unknown as Watched).cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => (window as unknown as Watched).cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    try {
      const hit = await loadUntilHit(page, photo);
      expect(await page.evaluate(() => (window as unknown as Watched).cspViolations)).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const policy = hit.headers()["content-security-policy"] ?? "";
      expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+/);
      expect(policy).not.toContain("'nonce-");

      // Hydrated: another size changes the price in place, with no page load.
      await page.waitForFunction(() => "__remixRouter" in window && document.readyState === "complete");
      await page.evaluate(() => ((window as unknown as Watched).sameDocument = true));
      const price = page.getByRole("status").filter({ hasText: /\$/ });
      const before = (await price.textContent())!;
      const other = page.getByRole("group", { name: "Size" }).locator('a[aria-current="false"]').filter({ hasNotText: before.split(" ")[0]! }).first();
      const otherPrice = (await other.locator("span").first().textContent())!.replace("·", "").trim();
      await other.click();
      await page.waitForURL(/\?variant=\d+$/);
      // The address changes before React commits the new price on a slow machine: wait for it.
      await price.filter({ hasText: otherPrice }).waitFor();
      expect(await page.evaluate(() => (window as unknown as Watched).sameDocument)).toBe(true);

      // Adding to the cart runs through tRPC, which gives the visitor a session.
      const saved = page.waitForResponse((response) => response.url().includes("/api/trpc/cart.add") && response.ok());
      await page.getByRole("button", { name: "Add to cart" }).click();
      await saved;
      await page.getByRole("link", { name: "Cart, 1 item" }).waitFor();
      expect((await context.cookies()).map((cookie) => cookie.name)).toContain("pr_session");
      expect(await page.evaluate(() => (window as unknown as Watched).cspViolations)).toEqual([]);

      const own = (await page.goto(photo, { waitUntil: "load" }))!;
      expect(own.headers()["x-page-cache"]).toBeUndefined();
      expect(own.headers()["cache-control"]).toBe("private, no-cache");
      // The count is in the HTML the server rendered for this shopper, not filled in by a script.
      expect(await own.text()).toContain('aria-label="Cart, 1 item"');
      await page.getByRole("link", { name: "Cart, 1 item" }).waitFor();
      expect(await page.evaluate(() => (window as unknown as Watched).cspViolations)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
