// After the sale, at 375 and 1280 px: newsletter double opt-in through /dev/mail, an order tracked
// from the footer's link and from the confirmation mail's signed link (no e-mail typed), its
// timeline and thumbnails, a tampered link meeting the plain form; and axe, light and dark, on the
// pages a careful buyer reads.
import { AxeBuilder } from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, newContext, useBrowser } from "./browser";
import { addPrintToCart, mailFromOutbox, orderNumberOn, payOnTestPage } from "./shopping";

const browser = useBrowser();
const widths = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } } as const;
const contentPages = ["/shipping", "/returns", "/faq", "/privacy", "/terms", "/about", "/track-order"];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

/** A link from a mail's text part, as a path on the server under test. */
async function linkInMail(page: Page, to: string, subject: string | RegExp, label: string): Promise<string> {
  const mail = await mailFromOutbox(page, { to, subject });
  const text = (await mail.textContent()) ?? "";
  const url = new RegExp(`${label}: (https?://[^\\s"<]+)`).exec(text)?.[1];
  if (!url) throw new Error(`the mail to ${to} has no "${label}" link`);
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

describe("after the sale", () => {
  for (const [device, viewport] of Object.entries(widths)) {
    it(`newsletter double opt-in through the mail's link (${device})`, async () => {
      const context = await newContext(browser.get(), { viewport });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      const email = `reader-${randomBytes(4).toString("hex")}@example.com`;
      try {
        await page.goto("/shipping");
        const footer = page.getByRole("contentinfo");
        await footer.getByLabel("E-mail address").fill(email);
        await footer.getByRole("button", { name: "Subscribe" }).click();
        await footer.getByRole("status").filter({ hasText: "check your inbox" }).waitFor();

        const confirm = await linkInMail(page, email, "Please confirm your Printroom newsletter subscription", "Confirm my subscription");
        await page.goto(confirm);
        await page.getByRole("button", { name: "Confirm my subscription" }).click();
        await page.getByText("Thank you — your subscription is confirmed.").waitFor();
        expect(await violations(page)).toEqual([]);

        // The link works once: again, it says there is nothing more to do.
        await page.goto(confirm);
        await page.getByText("already confirmed").waitFor();
        // A tampered link is refused, with a way to sign up again.
        const response = await page.goto(confirm.replace(/sig=[^&]{2}/, "sig=AA"));
        expect(response?.status()).toBe(400);
        await page.getByRole("alert").filter({ hasText: "not valid" }).waitFor();
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`tracks an order from the footer link and from the mail's signed link, with its timeline (${device})`, async () => {
      const context = await newContext(browser.get(), { viewport });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      const email = `buyer-${randomBytes(4).toString("hex")}@example.com`;
      try {
        await addPrintToCart(page);
        await page.getByRole("main").getByRole("link", { name: "Checkout", exact: true }).click();
        await page.waitForURL(/\/checkout$/);
        await page.getByLabel("E-mail for your receipt and order updates").fill(email);
        await page.getByRole("button", { name: "Continue to payment" }).click();
        await payOnTestPage(page);
        const number = await orderNumberOn(page);

        // From the footer, with the number and the e-mail.
        await page.getByRole("contentinfo").getByRole("link", { name: "Track your order" }).click();
        await page.getByRole("heading", { name: "Track your order" }).waitFor();
        const main = page.getByRole("main");
        await main.getByLabel("Order number").fill(number);
        await main.getByLabel("E-mail address").fill(email);
        await page.getByRole("button", { name: "Find my order" }).click();
        await page.getByRole("heading", { name: `Order ${number}` }).waitFor();
        await expectTimeline(page);

        // From the mail's link: the order opens with nothing typed.
        const fresh = await context.browser()!.newContext({ baseURL: baseUrl(), viewport });
        const other = await fresh.newPage();
        try {
          const tracking = await linkInMail(other, email, `Your Printroom order ${number}`, "Follow your order");
          await other.goto(tracking);
          await other.getByRole("heading", { name: `Order ${number}` }).waitFor();
          await expectTimeline(other);
          const thumbnail = other.getByRole("main").locator("table img").first();
          expect(await thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
          expect(await violations(other)).toEqual([]);

          const response = await other.goto(tracking.replace(/order=[^&]+/, "order=PR-2000-000001"));
          expect(response?.status()).toBe(200);
          await other.getByText("That link does not open an order.").waitFor();
          expect(await other.getByRole("heading", { name: /^Order PR-/ }).count()).toBe(0);
          await other.getByRole("button", { name: "Find my order" }).waitFor();
        } finally {
          await fresh.close();
        }

        if (device === "phone") {
          await page.locator("summary", { hasText: "Menu" }).click();
          await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Track your order" }).waitFor();
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

    for (const theme of ["light", "dark"] as const) {
      it(`the pages a careful buyer reads have no axe violations, ${theme} (${device})`, async () => {
        const context = await newContext(browser.get(), { viewport, colorScheme: theme });
        await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
        const page = await context.newPage();
        try {
          for (const path of contentPages) {
            const response = await page.goto(path, { waitUntil: "load" });
            expect(response?.status(), path).toBe(200);
            expect(await violations(page), path).toEqual([]);
          }
          // Every footer link leads to a page that answers.
          const hrefs = await page.getByRole("contentinfo").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
          for (const href of hrefs.filter((h) => h.startsWith("/"))) {
            const response = await page.request.get(href);
            expect(response.status(), href).toBe(200);
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});

/** Paid is done and dated; the later steps are still to come. */
async function expectTimeline(page: Page) {
  const steps = page.getByRole("list", { name: "Order progress" }).getByRole("listitem");
  await steps.first().waitFor();
  expect(await steps.count()).toBe(4);
  const texts = (await steps.allTextContents()).map((t) => t.replace(/\s+/g, " "));
  expect(texts[0]).toMatch(/^Paid \(done\)\w+ \d{1,2}, \d{4}$/);
  for (const [i, label] of [[1, "In production"], [2, "Shipped"], [3, "Delivered"]] as const) expect(texts[i]).toBe(`${label} (not yet)Not yet`);
  expect(await steps.first().getAttribute("aria-current")).toBe("step");
}
