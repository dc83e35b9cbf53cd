// The main purchase: cart → checkout → the local test payment page → the success page with the
// order number → /track-order finds it with the e-mail, and not with another.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newContext, useBrowser } from "./browser";
import { addPrintToCart, orderNumberOn, payOnTestPage } from "./shopping";

const browser = useBrowser();

describe("checkout in local test mode", () => {
  for (const javaScript of [true, false]) {
    it(`pays for a print and finds the order again, with JavaScript ${javaScript ? "on" : "off"}`, async () => {
      const context = await newContext(browser.get(), { javaScript, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      const email = `buyer-${randomBytes(4).toString("hex")}@example.com`;
      try {
        await addPrintToCart(page, { javaScript });
        await page.getByRole("main").getByRole("link", { name: "Checkout", exact: true }).click();
        await page.waitForURL(/\/checkout$/);
        await page.getByLabel("E-mail for your receipt and order updates").fill(email);
        await page.getByRole("button", { name: "Continue to payment" }).click();
        await payOnTestPage(page);

        await page.getByRole("heading", { name: "Thank you for your order" }).waitFor({ timeout: 30_000 });
        const number = await orderNumberOn(page);
        await expect(page.getByRole("main").textContent()).resolves.toContain(email);

        await page.goto("/track-order");
        const main = page.getByRole("main");
        await main.getByLabel("Order number").fill(number);
        await main.getByLabel("E-mail address").fill("someone-else@example.com");
        await page.getByRole("button", { name: "Find my order" }).click();
        await page.getByRole("alert").waitFor();
        expect(await page.getByRole("heading", { name: `Order ${number}` }).count()).toBe(0);

        await main.getByLabel("Order number").fill(number);
        await main.getByLabel("E-mail address").fill(email);
        await page.getByRole("button", { name: "Find my order" }).click();
        await page.getByRole("heading", { name: `Order ${number}` }).waitFor();
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
