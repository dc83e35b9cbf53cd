// A gift card's whole life in the browser: bought in test mode, its code read from the outbox,
// its balance checked, part of an order paid with it, and a whole order paid by a second card
// with no payment page at all. (A card that pays part of an order is spent on it: it pays all it
// has, so the whole-order step needs a card of its own.)
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newContext, useBrowser } from "./browser";
import { addPrintToCart, balanceOf, buyGiftCard, cents, giftCardCodeFromOutbox, orderNumberOn, payOnTestPage } from "./shopping";

const browser = useBrowser();

async function applyInCart(page: import("playwright-core").Page, code: string): Promise<number> {
  // The drawer (a closed dialog once opened) has the same form: use the page's own.
  const main = page.getByRole("main");
  await main.getByLabel("Gift card code").fill(code.toLowerCase());
  await main.getByRole("button", { name: "Apply" }).click();
  const applied = page.getByRole("main").getByRole("status").filter({ hasText: "Card ending in" });
  await applied.waitFor();
  const text = (await applied.textContent())!;
  expect(text).toContain(code.slice(-4));
  return cents(text);
}

describe("gift cards, bought and spent", () => {
  it("buy → code from /dev/mail → balance → pays part of an order → balance drops by that much → a card pays a whole order with no payment page", async () => {
    const context = await newContext(browser.get(), { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    const visited: string[] = [];
    page.on("framenavigated", (frame) => frame === page.mainFrame() && visited.push(frame.url()));
    const run = randomBytes(4).toString("hex");
    try {
      // A small card: it pays part of any print.
      const partRecipient = `ada-part-${run}@example.com`;
      await buyGiftCard(page, 20, partRecipient);
      const partCode = await giftCardCodeFromOutbox(page, partRecipient);
      expect(await balanceOf(page, partCode)).toBe(2000);

      const subtotal = await addPrintToCart(page);
      expect(subtotal).toBeGreaterThan(2000);
      expect(await applyInCart(page, partCode)).toBe(2000);
      await page.getByRole("main").getByRole("link", { name: "Checkout", exact: true }).click();
      await page.getByLabel("E-mail for your receipt and order updates").fill(`part-${run}@example.com`);
      await page.getByRole("button", { name: "Continue to payment" }).click();
      await page.getByRole("heading", { name: "Pay Printroom" }).waitFor();
      const summary = (await page.getByRole("table").textContent())!;
      expect(summary).toContain(`Gift card ending in ${partCode.slice(-4)}`);
      await payOnTestPage(page);
      await page.getByRole("heading", { name: "Thank you for your order" }).waitFor();
      await orderNumberOn(page);
      expect(await balanceOf(page, partCode)).toBe(0);

      // A card larger than the print and its shipping: it pays everything, so there is no payment page.
      const wholeRecipient = `ada-whole-${run}@example.com`;
      await buyGiftCard(page, 250, wholeRecipient);
      const wholeCode = await giftCardCodeFromOutbox(page, wholeRecipient);
      expect(await balanceOf(page, wholeCode)).toBe(25_000);
      const price = await addPrintToCart(page);
      expect(price).toBeLessThanOrEqual(25_000);
      // It pays the print and its shipping.
      const covered = await applyInCart(page, wholeCode);
      expect(covered).toBeGreaterThanOrEqual(price);
      await page.getByRole("main").getByRole("link", { name: "Checkout", exact: true }).click();
      await page.getByLabel("E-mail for your receipt and order updates").fill(`whole-${run}@example.com`);
      const address = page.getByRole("group", { name: "Shipping address" });
      await address.getByLabel("Full name").fill("Grace Hopper");
      await address.getByLabel("Street address").fill("1 Harbour Road");
      await address.getByLabel("City").fill("Montauk");
      await address.getByLabel("Postal code").fill("11954");
      const before = visited.length;
      await page.getByRole("button", { name: "Place order" }).click();
      await page.waitForURL(/\/checkout\/success\?checkout_id=/);
      await page.getByRole("heading", { name: "Thank you for your order" }).waitFor();
      await orderNumberOn(page);
      expect(visited.slice(before).filter((url) => url.includes("/checkout/local-payment/"))).toEqual([]);
      expect(await balanceOf(page, wholeCode)).toBe(25_000 - covered);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
