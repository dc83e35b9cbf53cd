// The wall editor on a phone (375 × 812, touch) and a desktop (1280, mouse): from the photo page's
// link, a wall, the print at its sold size, a size step that changes the price, back to the
// corners and forward again with nothing lost; axe on each step in light and dark.
import { AxeBuilder } from "@axe-core/playwright";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { baseUrl, newContext, useBrowser } from "./browser";
import { storefrontUrls } from "./storefront";

const browser = useBrowser();
let context: BrowserContext | undefined;
afterEach(() => context?.close());

const layouts = [
  { name: "phone", viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true },
  { name: "desktop", viewport: { width: 1280, height: 900 }, hasTouch: false, isMobile: false },
] as const;

async function noAxeViolations(page: Page, step: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${step}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A sample room when the seed drew them; otherwise a generated wall photo through the file input. */
async function chooseWall(page: Page) {
  const rooms = page.getByRole("region", { name: "Try a sample room" }).getByRole("button");
  const upload = page.getByText("Or use a photo of your wall");
  await upload.waitFor();
  await page.waitForTimeout(0);
  if ((await rooms.count()) > 0) return rooms.first().click();
  const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#d9d2c5" } }).jpeg().toBuffer();
  await page.locator('input[type="file"]').setInputFiles({ name: "wall.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await page.getByRole("heading", { name: "2 · The wall plane" }).waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Width (in)").fill("120");
  await page.getByRole("button", { name: "Use this size" }).click();
}

for (const layout of layouts) {
  for (const theme of ["light", "dark"] as const) {
    describe(`${layout.name}, ${theme}`, () => {
      it("places the print at its sold size, steps its size and price, and keeps it across the steps", async () => {
        const { viewport, hasTouch, isMobile } = layout;
        context = await newContext(browser.get(), { viewport, hasTouch, isMobile, colorScheme: theme });
        await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
        const page = await context.newPage();
        const { photo } = await storefrontUrls();
        await page.goto(photo);
        await page.getByRole("link", { name: "See it on your wall" }).click();
        await page.getByRole("heading", { name: "1 · Your wall" }).waitFor();
        expect(new URL(page.url()).searchParams.get("photo")).toBe(photo.replace("/photos/", ""));
        await page.screenshot({ path: `e2e/artifacts/wall-1-${layout.name}-${theme}.png`, fullPage: true });
        await noAxeViolations(page, "your wall");

        await chooseWall(page);
        await page.getByRole("heading", { name: "4 · Place prints" }).waitFor();
        const status = page.getByTestId("print-size");
        await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/\d+ × \d+ in/);
        expect(await page.locator("canvas").count()).toBeGreaterThanOrEqual(2);
        const before = (await status.textContent())!;
        await page.waitForTimeout(500);
        await page.screenshot({ path: `e2e/artifacts/wall-4-${layout.name}-${theme}.png`, fullPage: true });
        await noAxeViolations(page, "place prints");

        await page.getByRole("application").focus();
        await page.keyboard.press("+");
        let after = (await status.textContent())!;
        if (after === before) {
          await page.keyboard.press("-");
          after = (await status.textContent())!;
        }
        expect(after).not.toBe(before);
        expect(after.split("·").at(-1)).not.toBe(before.split("·").at(-1));

        // A copy hangs beside the original at a gallery gap; undo takes it down again.
        await page.getByRole("button", { name: "Duplicate" }).click();
        await page.getByRole("list", { name: "Spacing between prints" }).getByText("Side by side: 2.5 in apart (a good gallery gap)").waitFor();
        expect(await status.textContent()).toBe(after);
        await page.getByRole("button", { name: "Undo" }).click();
        await page.getByText("1 of at most 12 prints").waitFor();
        expect(await status.textContent()).toBe(after);

        await page.getByRole("button", { name: "2 · The wall plane" }).click();
        await page.getByRole("heading", { name: "2 · The wall plane" }).waitFor();
        expect(await page.getByRole("button", { name: /corner/ }).count()).toBe(4);
        await page.screenshot({ path: `e2e/artifacts/wall-2-${layout.name}-${theme}.png`, fullPage: true });
        await noAxeViolations(page, "the wall plane");
        await page.getByRole("button", { name: "Next" }).click();
        await page.getByRole("heading", { name: "3 · Real size" }).waitFor();
        await noAxeViolations(page, "real size");
        await page.getByLabel("A door (80 in / 203 cm)").check();
        expect(await page.getByRole("button", { name: /Move the door's/ }).count()).toBe(2);
        await noAxeViolations(page, "real size, a door");
        await page.getByLabel("A sheet of paper on the wall").check();
        expect(await page.getByRole("button", { name: /Move the sheet's/ }).count()).toBe(4);
        await page.screenshot({ path: `e2e/artifacts/wall-3-${layout.name}-${theme}.png`, fullPage: true });
        await noAxeViolations(page, "real size, a sheet");
        await page.getByRole("button", { name: "4 · Place prints" }).click();
        expect(await status.textContent()).toBe(after);

        // The draft is on the server and in the address: a reload comes back to the same wall.
        await expect.poll(() => new URL(page.url()).searchParams.get("mockup"), { timeout: 30_000 }).toBeTruthy();
        await page.waitForTimeout(1500);
        await page.reload();
        await page.getByRole("heading", { name: "4 · Place prints" }).waitFor();
        await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(after);

        await page.getByRole("button", { name: "5 · Save and share" }).click();
        await page.getByRole("button", { name: "Save and share", exact: true }).click();
        const share = page.getByRole("link", { name: "Open the share page" });
        await share.waitFor({ timeout: 60_000 });
        await page.screenshot({ path: `e2e/artifacts/wall-5-${layout.name}-${theme}.png`, fullPage: true });
        await noAxeViolations(page, "save and share");
        expect(await share.getAttribute("href")).toMatch(/^\/mockups\/[\w-]+$/);
      });
    });
  }
}
