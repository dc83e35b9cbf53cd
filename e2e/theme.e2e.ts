// Dark mode: follows the system until the shopper picks, and the pick survives a reload with no flash.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newContext, useBrowser } from "./browser";

const browser = useBrowser();

const htmlClass = (page: Page) => page.evaluate(() => document.documentElement.className);
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** Waits for the page to settle on the expected background, failing with the colour it kept. */
async function expectBackground(page: Page, expected: string) {
  await page.waitForFunction((colour) => getComputedStyle(document.body).backgroundColor === colour, expected, { timeout: 5_000 }).catch(() => undefined);
  expect(await pageBackground(page)).toBe(expected);
}
const WHITE = "rgb(255, 255, 255)";
const STONE_950 = "rgb(12, 10, 9)";

describe("the colour theme", () => {
  it("follows the system setting when the shopper has not chosen", async () => {
    for (const [colorScheme, background] of [["dark", STONE_950], ["light", WHITE]] as const) {
      const context = await newContext(browser.get(), { colorScheme });
      const page = await context.newPage();
      await page.goto("/about");
      expect(await htmlClass(page)).toBe("");
      await expectBackground(page, background);
      await context.close();
    }
  });

  for (const javaScript of [true, false]) {
    it(`keeps the chosen theme across a reload, rendered by the server (JavaScript ${javaScript ? "on" : "off"})`, async () => {
      const context = await newContext(browser.get(), { javaScript, colorScheme: "light" });
      const page = await context.newPage();
      try {
        await page.goto("/photos");
        // With JavaScript the class changes at once and the cookie arrives with the POST's answer.
        const saved = javaScript ? page.waitForResponse((r) => new URL(r.url()).pathname.startsWith("/theme") && r.request().method() === "POST") : null;
        await page.getByRole("button", { name: "Dark theme" }).click();
        await saved;
        await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
        await expectBackground(page, STONE_950);
        await page.getByRole("button", { name: "Dark theme", pressed: true }).waitFor();
        if (!javaScript) expect(new URL(page.url()).pathname).toBe("/photos");

        const reload = await page.reload();
        // The class is in the HTML the server sent, so there is no light frame before a script runs.
        expect(await reload!.text()).toMatch(/^<!DOCTYPE html><html lang="en" class="dark">/);
        await expectBackground(page, STONE_950);

        const reset = javaScript ? page.waitForResponse((r) => new URL(r.url()).pathname.startsWith("/theme") && r.request().method() === "POST") : null;
        await page.getByRole("button", { name: "Use system theme" }).click();
        await reset;
        await page.waitForFunction(() => document.documentElement.className === "");
        const back = await page.reload();
        expect(await back!.text()).toMatch(/^<!DOCTYPE html><html lang="en">/);
        await expectBackground(page, WHITE);
      } finally {
        await context.close();
      }
    });
  }
});
