// The owner's whole loop through a new photo, in a browser: make the photo, upload its image, price
// it, put it on sale; a shopper finds it in the store and buys it in test mode; the owner ships it
// with tracking (the customer's mail has the link) and refunds it, and the order reads refunded.
// It adds a photo to the catalogue every other spec reads, so e2e/run.ts runs it after them.
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { axeViolations } from "./axe";
import { newContext, useBrowser } from "./browser";
import { mailFromOutbox, orderNumberOn, payOnTestPage } from "./shopping";

const browser = useBrowser();

async function signIn(page: Page, next: string): Promise<void> {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password) throw new Error("E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD are not set: run the browser tests with `npm run test:e2e`.");
  await page.goto(next);
  await page.waitForURL(/\/admin\/login/);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** A photograph-like JPEG: a dusk gradient with a horizon, 2400 × 1600. */
async function photoJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2b2d5c"/><stop offset="0.6" stop-color="#e8956b"/><stop offset="1" stop-color="#f6d49a"/></linearGradient></defs><rect width="2400" height="1600" fill="url(#s)"/><rect y="1050" width="2400" height="550" fill="#1f3b52"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

for (const { device, viewport } of [
  { device: "mobile", viewport: { width: 375, height: 812 } },
  { device: "desktop", viewport: { width: 1280, height: 900 } },
]) {
  it(`${device}: a new photo made, priced and put on sale is bought, shipped and refunded`, async () => {
    const ownerContext = await newContext(browser.get(), { viewport });
    const shopper = await newContext(browser.get(), { viewport });
    try {
      const page = await ownerContext.newPage();
      const title = `Harbour at Dusk ${randomBytes(3).toString("hex")}`;
      await signIn(page, "/admin/photos/new");
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Location").fill("Montauk Harbor, New York");
      await page.getByRole("button", { name: "Create the photo" }).click();
      await page.getByRole("heading", { name: title, level: 1 }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel("Image file").setInputFiles({ name: "harbour.jpg", mimeType: "image/jpeg", buffer: await photoJpeg() });
      await page.getByRole("button", { name: "Upload the image" }).click();
      await page.waitForURL(/done=uploaded/);
      await page.getByText("An image is stored").waitFor();
      const slug = /\/photos\/([a-z0-9-]+)/.exec((await page.getByRole("main").textContent())!)![1]!;

      await page.getByRole("link", { name: "Prices" }).click();
      await page.getByRole("button", { name: "Save the prices" }).waitFor();
      const firstPaper = page.locator('input[name^="price:paper:"]').first();
      await firstPaper.fill("77");
      await page.getByRole("button", { name: "Save the prices" }).click();
      await page.waitForURL(/done=1/);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(page.url().replace(/\/prices\?done=1$/, ""));
      await page.getByLabel("On sale in the store").check();
      await page.getByRole("button", { name: "Save the photo" }).click();
      await page.getByText(/· on sale ·/).waitFor();

      // The shopper meets it in the store at once, at the owner's price, and buys it.
      const store = await shopper.newPage();
      await store.goto(`/photos/${slug}`);
      await store.getByRole("heading", { name: title, level: 1 }).waitFor();
      expect(await store.getByRole("main").textContent()).toContain("$77");
      const saved = store.waitForResponse((response) => response.url().includes("/api/trpc/cart.add") && response.ok());
      await store.getByRole("button", { name: "Add to cart" }).first().click();
      await saved;
      await store.goto("/cart");
      const email = `catalogue-e2e-${randomBytes(4).toString("hex")}@example.com`;
      await store.getByRole("main").getByRole("link", { name: "Checkout", exact: true }).click();
      await store.getByLabel("E-mail for your receipt and order updates").fill(email);
      await store.getByRole("button", { name: "Continue to payment" }).click();
      await payOnTestPage(store);
      const number = await orderNumberOn(store);
      expect(await store.getByRole("main").textContent()).toContain(title);

      await page.goto(`/admin/orders/${number}`);
      await page.getByRole("button", { name: "Mark in production" }).click();
      await page.getByRole("button", { name: "Mark shipped and e-mail the customer" }).waitFor();
      await page.getByLabel("Carrier", { exact: true }).fill("UPS");
      await page.getByLabel("Tracking number").fill("1Z999AA10123456784");
      await page.getByRole("button", { name: "Mark shipped and e-mail the customer" }).click();
      await page.getByRole("button", { name: "Save the tracking" }).waitFor();
      const mail = await mailFromOutbox(page, { to: email, subject: `Your Printroom order ${number} has shipped` });
      expect(await mail.textContent()).toContain("1Z999AA10123456784");

      await page.goto(`/admin/orders/${number}`);
      await page.getByRole("button", { name: "Refund", exact: true }).click();
      await page.getByText("The refund is made.").waitFor();
      await expect.poll(async () => (await page.reload(), await page.getByRole("main").textContent()), { timeout: 30_000 }).toMatch(/Refunded/);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await ownerContext.close();
      await shopper.close();
    }
  });
}
