import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chapters } from "../db/seed/data/index";
import { newContext, useBrowser } from "./browser";

const browser = useBrowser();
const seededTitles = new Set(chapters.flatMap((chapter) => chapter.photos.map((photo) => photo.title)));

/** The featured prints on the home page: each a link whose image is named by the photo's title. */
async function featuredPrints(page: Page) {
  const region = page.getByRole("region", { name: "Featured prints" });
  await region.waitFor();
  // The cards sit below the hero and load lazily: a shopper sees them once scrolled to.
  await region.scrollIntoViewIfNeeded();
  const images = region.getByRole("img");
  const names = await images.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("alt") ?? ""));
  const allLoaded = () => images.evaluateAll((nodes) => nodes.every((n) => n instanceof HTMLImageElement && n.complete && n.naturalWidth > 0));
  let loaded = await allLoaded();
  for (let waited = 0; !loaded && waited < 10_000; waited += 250) {
    await page.waitForTimeout(250);
    loaded = await allLoaded();
  }
  return { names, loaded };
}

async function openHome(javaScript: boolean) {
  const context = await newContext(browser.get(), { javaScript });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText;
    // With JavaScript off, Chromium refuses the module preloads by policy: expected, not a fault.
    if (!javaScript && reason === "csp" && new URL(request.url()).pathname.endsWith(".js")) return;
    problems.push(`failed: ${request.url()} (${reason})`);
  });
  page.on("console", (message) => {
    // A failed load is already recorded above with its URL.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(`console error: ${message.text()}`);
  });
  const response = await page.goto("/", { waitUntil: "load" });
  return { context, page, response, problems };
}

describe("the home page", () => {
  for (const javaScript of [true, false]) {
    it(`shows the seeded photos with JavaScript ${javaScript ? "on" : "off"}`, async () => {
      const { context, page, response, problems } = await openHome(javaScript);
      try {
        expect(response?.status()).toBe(200);
        await expect(page.title()).resolves.toMatch(/Printroom/);
        expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);

        const { names, loaded } = await featuredPrints(page);
        expect(names.length).toBeGreaterThanOrEqual(3);
        for (const name of names) expect(seededTitles).toContain(name);
        expect(loaded).toBe(true);

        const firstTitle = names[0]!;
        const link = page.getByRole("region", { name: "Featured prints" }).getByRole("link", { name: new RegExp(firstTitle) });
        await expect(link.getAttribute("href")).resolves.toMatch(/^\/photos\/[a-z0-9-]+$/);

        await expect(page.getByRole("link", { name: /Browse prints/ }).first().isVisible()).resolves.toBe(true);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("hydrates with JavaScript on, so client-side navigation works", async () => {
    const { context, page, problems } = await openHome(true);
    try {
      await page.waitForFunction(() => "__remixContext" in window && document.readyState === "complete");
      await page.getByRole("link", { name: /Browse prints/ }).first().click();
      await page.waitForURL("**/photos");
      expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("gets the build's scripts in their brotli copies made at build time, kept for a year", async () => {
    const context = await newContext(browser.get(), { javaScript: true });
    const page = await context.newPage();
    const scripts: { url: string; encoding?: string; cacheControl?: string }[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.startsWith("/build/") && response.url().endsWith(".js")) {
        const headers = response.headers();
        scripts.push({ url: response.url(), encoding: headers["content-encoding"], cacheControl: headers["cache-control"] });
      }
    });
    try {
      await page.goto("/", { waitUntil: "load" });
      expect(scripts.length).toBeGreaterThan(3);
      for (const script of scripts) expect(script).toMatchObject({ encoding: "br", cacheControl: expect.stringContaining("immutable") });
    } finally {
      await context.close();
    }
  });
});
