// Steps the checkout and gift card journeys share: putting a print in the cart, paying on the local
// test payment page, buying a gift card, and reading mail from the development outbox.
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { storefrontUrls } from "./storefront";

/** "$1,234.50" → 123450 */
export function cents(text: string): number {
  const match = /\$([\d,]+)(?:\.(\d{2}))?/.exec(text);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[1]!.replace(/,/g, "")) * 100 + Number(match[2] ?? 0);
}

/** Adds the seeded photo page's default print and opens /cart; returns the cart's items total. */
export async function addPrintToCart(page: Page, { javaScript = true } = {}): Promise<number> {
  const { photo } = await storefrontUrls();
  await page.goto(photo);
  // With JavaScript the drawer opens before the server has answered: wait for its answer, or
  // leaving the page would cancel the add. Without, the form posts to /cart, which answers 303.
  const saved = javaScript
    ? page.waitForResponse((response) => response.url().includes("/api/trpc/cart.add") && response.ok())
    : page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await page.getByRole("button", { name: "Add to cart" }).click();
  await saved;
  await page.waitForLoadState("load");
  await page.goto("/cart");
  const subtotal = page.getByRole("main").getByRole("term").filter({ hasText: /^Items$/ }).locator("xpath=following-sibling::dd[1]");
  return cents((await subtotal.textContent())!);
}

/** Fills the test page's address (it comes prefilled) and presses Pay; waits for the success page. */
export async function payOnTestPage(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "Pay Printroom" }).waitFor();
  expect(page.url()).toMatch(/\/checkout\/local-payment\/cs_test_local_/);
  await expect(page.getByRole("note").textContent()).resolves.toContain("TEST MODE");
  await page.getByRole("button", { name: "Pay (test)" }).click();
  await page.waitForURL(/\/checkout\/success\?session_id=/);
}

/** The heading "Order PR-2026-000123" of a placed order, as the success and tracking pages show it. */
export async function orderNumberOn(page: Page): Promise<string> {
  const heading = page.getByRole("heading", { name: /^Order PR-\d{4}-\d{6}$/ });
  await heading.waitFor();
  return (await heading.textContent())!.replace(/^Order /, "").trim();
}

/** Buys a gift card in test mode for `dollars`, sent now to `recipientEmail`. */
export async function buyGiftCard(page: Page, dollars: number, recipientEmail: string): Promise<void> {
  await page.goto("/gift-cards");
  await page.getByRole("radio", { name: "Another amount" }).check();
  await page.getByLabel(/Another amount, in dollars/).fill(String(dollars));
  await page.getByLabel(/Recipient.s name/).fill("Ada Lovelace");
  await page.getByLabel(/Recipient.s e-mail/).fill(recipientEmail);
  await page.getByLabel("From", { exact: true }).fill("Charles Babbage");
  await page.getByLabel("Your e-mail").fill("charles@example.com");
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await page.getByRole("heading", { name: "Pay Printroom" }).waitFor();
  await expect(page.getByRole("main").textContent()).resolves.toContain(`A gift card for Ada Lovelace (${recipientEmail})`);
  await page.getByRole("button", { name: "Pay (test)" }).click();
  await page.getByRole("heading", { name: "Your gift card is on its way" }).waitFor();
}

/**
 * The newest mail to `to` whose subject matches, as its article on /dev/mail: the page is reloaded
 * until the worker has sent it, for a minute at most.
 */
export async function mailFromOutbox(page: Page, { to, subject }: { to: string; subject: string | RegExp }): Promise<Locator> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await page.goto("/dev/mail");
    const mail = page.getByRole("article", { name: subject }).filter({ hasText: to });
    if ((await mail.count()) > 0) return mail.first();
    if (Date.now() > deadline) throw new Error(`no mail "${String(subject)}" to ${to} reached /dev/mail within a minute`);
    await page.waitForTimeout(1000);
  }
}

/** The code in the recipient's mail, once the delivery job has sent it to the outbox. */
export async function giftCardCodeFromOutbox(page: Page, recipientEmail: string): Promise<string> {
  const mail = await mailFromOutbox(page, { to: recipientEmail, subject: /sent you a Printroom gift card/ });
  const code = /Your code:\s*([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/.exec((await mail.textContent()) ?? "")?.[1];
  if (!code) throw new Error(`the gift card mail to ${recipientEmail} holds no code`);
  return code;
}

/** What /gift-cards/balance says the card holds, in cents. */
export async function balanceOf(page: Page, code: string): Promise<number> {
  await page.goto("/gift-cards/balance");
  await page.getByLabel("Gift card code").fill(code);
  await page.getByRole("button", { name: "Check balance" }).click();
  const balance = page.getByRole("status").getByRole("definition").first();
  await balance.waitFor();
  return cents((await balance.textContent())!);
}
