// Money shown honestly, at a phone's width and a desktop's: the cart shows the shipping estimate for
// the default country and for one chosen, a gift card is entered in the drawer, checkout shows the
// exact shipping and the card by its last four, and the order (thank-you page) shows them as paid.
import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newContext, useBrowser } from "./browser";
import { addPrintToCart, buyGiftCard, cents, giftCardCodeFromOutbox, orderNumberOn, payOnTestPage } from "./shopping";

const browser = useBrowser();

const estimate = (page: Page) => page.getByRole("main").getByTestId("shipping-estimate");

for (const width of [375, 1280]) {
  describe(`shipping and the gift card at ${width} px`, () => {
    it("cart estimate → another country → gift card in the drawer → exact shipping at checkout → on the order", async () => {
      const context = await newContext(browser.get(), { viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      const run = randomBytes(4).toString("hex");
      try {
        const recipient = `ship-${width}-${run}@example.com`;
        await buyGiftCard(page, 20, recipient);
        const code = await giftCardCodeFromOutbox(page, recipient);

        const items = await addPrintToCart(page);
        const main = page.getByRole("main");
        // The default destination, and what prices say about taxes.
        await main.getByText("Shipping to United States (estimate)").waitFor();
        const usShipping = cents((await estimate(page).textContent())!);
        expect(usShipping).toBeGreaterThan(0);
        await expect(main.textContent()).resolves.toContain("Prices include any taxes.");

        // Another country: the estimate follows (the select submits itself with JavaScript).
        await main.getByLabel("Ship to").selectOption("DE");
        await main.getByText("Shipping to Germany (estimate)").waitFor();
        const deShipping = cents((await estimate(page).textContent())!);
        expect(deShipping).toBeGreaterThan(usShipping);
        const estimated = main.getByRole("term").filter({ hasText: "Estimated total" }).locator("xpath=following-sibling::dd[1]");
        expect(cents((await estimated.textContent())!)).toBe(items + deShipping);

        // The gift card, entered in the drawer.
        await page.goto("/photos");
        await page.getByRole("link", { name: /^Cart, 1 item/ }).click();
        const drawer = page.getByRole("dialog");
        await drawer.getByLabel("Gift card code").fill(code.toLowerCase());
        await drawer.getByRole("button", { name: "Apply" }).click();
        // The form posts to /cart and comes back here; the drawer (open again if it closed) shows the card.
        await page.waitForURL(/\/photos$/);
        if (!(await drawer.isVisible())) await page.getByRole("link", { name: /^Cart, 1 item/ }).click();
        await drawer.getByRole("status").filter({ hasText: `Card ending in ${code.slice(-4)}` }).waitFor();
        await drawer.getByText("Shipping to Germany (estimate)").waitFor();
        await drawer.getByText(`Gift card ending in ${code.slice(-4)}`).waitFor();
        await page.screenshot({ path: `e2e/artifacts/shipping-drawer-${width}.png` });
        await drawer.getByRole("link", { name: "Checkout" }).click();

        // Checkout: the exact shipping to Germany and the card by its last four.
        await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor();
        const summary = page.getByRole("main").getByRole("table");
        const amountText = async (label: string | RegExp) => (await summary.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label }) }).getByRole("cell").last().textContent())!;
        expect(cents(await amountText("Shipping"))).toBe(deShipping);
        expect(cents(await amountText(`Gift card ending in ${code.slice(-4)}`))).toBe(2000);
        expect(cents(await amountText("To pay"))).toBe(items + deShipping - 2000);
        await expect(summary.textContent()).resolves.not.toContain("Discount");
        await page.screenshot({ path: `e2e/artifacts/shipping-checkout-${width}.png`, fullPage: true });
        await page.getByLabel("E-mail for your receipt and order updates").fill(`buyer-${width}-${run}@example.com`);
        await page.getByRole("button", { name: "Continue to payment" }).click();

        // The payment page charges that shipping, in Germany only.
        await page.getByRole("heading", { name: "Pay Printroom" }).waitFor();
        expect(cents((await page.getByRole("table").getByRole("row").filter({ hasText: "Shipping" }).textContent())!)).toBe(deShipping);
        await page.getByLabel("City").fill("Berlin");
        await page.getByLabel("Postal code").fill("10115");
        await expect(page.getByLabel("Country").locator("option").allTextContents()).resolves.toEqual(["DE"]);
        await payOnTestPage(page);

        // The order shows what was paid.
        await page.getByRole("heading", { name: "Thank you for your order" }).waitFor();
        await orderNumberOn(page);
        const order = page.getByRole("main");
        await expect(order.textContent()).resolves.toContain(`Gift card ending in ${code.slice(-4)}`);
        await expect(order.textContent()).resolves.not.toContain("Discount");
        const orderRow = order.getByRole("row").filter({ hasText: /^Shipping/ });
        expect(cents((await orderRow.textContent())!)).toBe(deShipping);
        await page.screenshot({ path: `e2e/artifacts/shipping-order-${width}.png`, fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}
