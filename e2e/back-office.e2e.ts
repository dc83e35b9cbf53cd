// The owner's day in the back office, in a browser: sign in, find a paid order, make it and ship it
// (the customer gets the shipping mail, /track-order shows the parcel), see it in the audit log;
// every section at 375 px and 1280 px, light and dark, with no axe violations.
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./axe";
import { baseUrl, newContext, useBrowser } from "./browser";
import { addPrintToCart, mailFromOutbox, orderNumberOn, payOnTestPage } from "./shopping";

const browser = useBrowser();
const screenshots = path.resolve("e2e/artifacts/screenshots");

function owner(): { email: string; password: string } {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password) throw new Error("E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD are not set: run the browser tests with `npm run test:e2e`, which makes the owner's account.");
  return { email, password };
}

async function signIn(page: Page, next = "/admin"): Promise<void> {
  await page.goto(next);
  await page.waitForURL(/\/admin\/login/);
  const { email, password } = owner();
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** A paid order placed by a shopper in their own browser, in local test mode. */
async function placeOrder(context: BrowserContext): Promise<{ number: string; email: string }> {
  const page = await context.newPage();
  const email = `owner-e2e-${randomBytes(4).toString("hex")}@example.com`;
  await addPrintToCart(page);
  await page.getByRole("main").getByRole("link", { name: "Checkout", exact: true }).click();
  await page.getByLabel("E-mail for your receipt and order updates").fill(email);
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await payOnTestPage(page);
  const number = await orderNumberOn(page);
  await page.close();
  return { number, email };
}

describe("the back office", () => {
  it("a visitor is sent to the login page, and a wrong password is refused without saying whether the account exists", async () => {
    const context = await newContext(browser.get(), { viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    try {
      await page.goto("/admin/orders");
      await page.waitForURL(/\/admin\/login\?next=%2Fadmin%2Forders/);
      await page.getByLabel("E-mail address").fill(owner().email);
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      const refusal = (await page.getByRole("alert").first().textContent())!;
      await page.getByLabel("E-mail address").fill("nobody@printroom.test");
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForLoadState("load");
      expect(await page.getByRole("alert").first().textContent()).toBe(refusal);
      expect(new URL(page.url()).pathname).toBe("/admin/login");
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const { device, viewport } of [
    { device: "mobile", viewport: { width: 375, height: 812 } },
    { device: "desktop", viewport: { width: 1280, height: 900 } },
  ]) {
    it(`${device}: sign in, make and ship a paid order — the customer's mail and tracking page show the parcel — and it is in the audit log`, async () => {
      const shopper = await newContext(browser.get());
      const context = await newContext(browser.get(), { viewport });
      const page = await context.newPage();
      try {
        const { number, email } = await placeOrder(shopper);
        await signIn(page, "/admin/orders");
        await page.getByLabel("Search", { exact: true }).fill(email);
        await page.getByRole("button", { name: "Show orders" }).click();
        await page.getByRole("link", { name: number }).click();
        await page.getByRole("heading", { name: new RegExp(number) }).first().waitFor();
        expect(await axeViolations(page)).toEqual([]);

        await page.getByRole("button", { name: "Mark in production" }).click();
        await page.getByRole("button", { name: "Mark shipped and e-mail the customer" }).waitFor();
        await page.getByLabel("Carrier", { exact: true }).fill("UPS");
        await page.getByLabel("Tracking number").fill("1Z999AA10123456784");
        await page.getByRole("button", { name: "Mark shipped and e-mail the customer" }).click();
        await page.getByRole("button", { name: "Save the tracking" }).waitFor();
        await page.screenshot({ path: path.join(screenshots, `admin-order-${device}.png`), fullPage: true });

        const mail = await mailFromOutbox(page, { to: email, subject: new RegExp(number) });
        expect(await mail.textContent()).toContain("1Z999AA10123456784");

        const tracking = await shopper.newPage();
        await tracking.goto("/track-order");
        await tracking.getByRole("main").getByLabel("Order number").fill(number);
        await tracking.getByRole("main").getByLabel("E-mail address").fill(email);
        await tracking.getByRole("button", { name: "Find my order" }).click();
        await tracking.getByRole("heading", { name: `Order ${number}` }).waitFor();
        const main = (await tracking.getByRole("main").textContent())!;
        expect(main).toContain("UPS");
        expect(main).toContain("1Z999AA10123456784");
        expect(await tracking.getByRole("link", { name: /track/i }).first().getAttribute("href")).toContain("ups.com");

        await page.goto("/admin/audit");
        expect(await page.getByRole("main").textContent()).toContain(number);
      } finally {
        await context.close();
        await shopper.close();
      }
    });
  }

  for (const theme of ["light", "dark"] as const) {
    for (const { device, viewport } of [
      { device: "mobile", viewport: { width: 375, height: 812 } },
      { device: "desktop", viewport: { width: 1280, height: 900 } },
    ]) {
      it(`every section at ${device} in ${theme}: no axe violations, nothing wider than the screen`, async () => {
        const context = await newContext(browser.get(), { viewport, colorScheme: theme, deviceScaleFactor: 1 });
        await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
        const page = await context.newPage();
        try {
          await signIn(page);
          await page.getByRole("navigation", { name: "Back office" }).getByRole("link").first().waitFor();
          const sections = await page.getByRole("navigation", { name: "Back office" }).getByRole("link").evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).pathname))]);
          expect(sections.length).toBeGreaterThanOrEqual(5);
          for (const section of ["/admin", ...sections.filter((s) => s !== "/admin")]) {
            const response = await page.goto(section);
            expect(response?.status(), section).toBe(200);
            expect(response?.headers()["cache-control"], section).toContain("no-store");
            expect(await axeViolations(page), section).toEqual([]);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, `${section} scrolls sideways`).toBeLessThanOrEqual(0);
            const name = section.replace(/^\/admin\/?/, "").replace(/\//g, "-") || "today";
            await page.screenshot({ path: path.join(screenshots, `admin-${name}-${device}-${theme}.png`), fullPage: true });
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});
