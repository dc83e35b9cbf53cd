// The main purchase: cart → checkout → the local test payment page → the success page with the
// order number → the confirmation in /dev/mail → /track-order finds it with the e-mail, and not
// with another.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newContext, useBrowser } from "./browser";
import { addPrintToCart, mailFromOutbox, orderNumberOn, payOnTestPage } from "./shopping";

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
        const items = page.getByRole("table", { name: "Items" });
        const item = (await items.getByRole("row").nth(1).getByRole("cell").first().locator(".font-medium").first().textContent())!.trim();
        const total = (await items.getByRole("row", { name: /Total paid/ }).getByRole("cell").textContent())!.trim();
        expect(item).not.toBe("");
        expect(total).toMatch(/^\$\d/);

        // The worker sends the confirmation to the outbox; opened, it names the order, the print and the total.
        const mail = await mailFromOutbox(page, { to: email, subject: `Your Printroom order ${number}` });
        await mail.getByText("Plain text", { exact: true }).click();
        const text = mail.locator("pre");
        await text.waitFor();
        const plain = await text.innerText();
        expect(plain).toContain(`Order number: ${number}`);
        expect(plain).toContain(`1 × ${item}`);
        expect(plain).toContain(`Total paid: ${total}`);
        const html = (await mail.getByTitle(`HTML of “Your Printroom order ${number}”`).contentFrame().locator("body").innerText()).replace(/\s+/g, " ");
        for (const expected of [number, `1 × ${item}`, "Total paid", total]) expect(html).toContain(expected);

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
