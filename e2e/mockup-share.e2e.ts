// Screenshots of a saved mockup's share page, its hanging guide and a deleted mockup's 410, on a
// phone and a desktop, light and dark: the mockup is made through the public tRPC procedures (saveDraft, save) on a
// seeded sample room, as the editor makes it; axe checks each page.
import { AxeBuilder } from "@axe-core/playwright";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, newContext, useBrowser } from "./browser";

const browser = useBrowser();
const outputDir = path.resolve("e2e/artifacts/screenshots");
const viewports = { mobile: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } } as const;

type Variant = { id: number; material: "paper" | "canvas" | "metal"; widthIn: number; heightIn: number };

/** Calls a procedure from the page, so the session cookie and same-site headers are the browser's own. */
function trpc<T>(page: Page, type: "query" | "mutation", procedure: string, input?: unknown): Promise<T> {
  return page.evaluate(
    async ({ type, procedure, input }) => {
      const url = `/api/trpc/${procedure}${type === "query" && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ""}`;
      const response = await fetch(url, type === "query" ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
      const body = await response.json();
      if (!response.ok) throw new Error(`${procedure}: ${response.status} ${JSON.stringify(body)}`);
      return body.result.data;
    },
    { type, procedure, input },
  ) as Promise<T>;
}

/** A saved gallery of three prints (two photos, paper and canvas) centred on the first sample room's wall. */
async function savedMockup(page: Page, title: string): Promise<{ id: string; shareUrl: string }> {
  await page.goto("/");
  const [room] = await trpc<{ id: string; corners: unknown; widthIn: number; heightIn: number; floorY: number | null }[]>(page, "query", "mockups.sampleRooms");
  const { items } = await trpc<{ items: { slug: string }[] }>(page, "query", "catalog.listPhotos", {});
  const photos = await Promise.all(items.slice(0, 2).map((p) => trpc<{ variants: Variant[] }>(page, "query", "catalog.photoBySlug", { slug: p.slug })));
  const pick = (variants: Variant[], material: Variant["material"], maxWidth: number) =>
    variants.filter((v) => v.material === material && v.widthIn <= maxWidth).sort((a, b) => b.widthIn - a.widthIn)[0] ?? variants[0]!;
  const centre = pick(photos[0]!.variants, "canvas", 36);
  const side = pick(photos[1]!.variants, "paper", 18);
  const gap = 3;
  const total = side.widthIn * 2 + centre.widthIn + gap * 2;
  const left = (room!.widthIn - total) / 2;
  const top = Math.max(2, (room!.heightIn - centre.heightIn) / 3);
  const place = (id: string, v: Variant, x: number, y: number) => ({ id, variantId: v.id, material: v.material, x, y, width: v.widthIn, height: v.heightIn });
  const scene = {
    wall: { kind: "sample", roomId: room!.id },
    corners: room!.corners,
    widthIn: room!.widthIn,
    heightIn: room!.heightIn,
    floorY: room!.floorY,
    prints: [
      place("left", side, left, top + (centre.heightIn - side.heightIn) / 2),
      place("centre", centre, left + side.widthIn + gap, top),
      place("right", side, left + side.widthIn + gap + centre.widthIn + gap, top + (centre.heightIn - side.heightIn) / 2),
    ],
  };
  const draft = await trpc<{ id: string }>(page, "mutation", "mockups.saveDraft", { scene });
  return trpc(page, "mutation", "mockups.save", { id: draft.id, title });
}

async function shoot(page: Page, name: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(axe.violations.map((v) => `${name}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  const file = path.join(outputDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  expect(statSync(file).size).toBeGreaterThan(5_000);
}

describe("a shared mockup", () => {
  const runs = (["light", "dark"] as const).flatMap((theme) => Object.entries(viewports).map(([name, viewport]) => ({ theme, name, viewport, device: `${name}-${theme}` })));
  for (const { theme, name, viewport, device } of runs) {
    it(`share page, hanging guide and a deleted link, ${name}, ${theme}: no axe violations`, async () => {
      mkdirSync(outputDir, { recursive: true });
      const owner = await newContext(browser.get(), { viewport, colorScheme: theme, deviceScaleFactor: 1 });
      const visitor = await newContext(browser.get(), { viewport, colorScheme: theme, deviceScaleFactor: 1 });
      for (const context of [owner, visitor]) await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
      try {
        const ownerPage = await owner.newPage();
        const { shareUrl } = await savedMockup(ownerPage, "Above the sofa");
        await ownerPage.goto(shareUrl);
        await ownerPage.getByRole("link", { name: "Hanging guide" }).waitFor();
        await shoot(ownerPage, `mockup-share-owner-${device}`);

        const page = await visitor.newPage();
        await page.goto(shareUrl);
        await page.getByRole("heading", { name: "Above the sofa" }).waitFor();
        await page.locator("img[alt$='shown on a wall']").evaluate((img: HTMLImageElement) => img.decode());
        expect(await page.getByRole("button", { name: "Delete" }).count()).toBe(0);
        await shoot(page, `mockup-share-${device}`);

        await page.goto(`${shareUrl}/hanging-guide`);
        await page.getByRole("heading", { name: "Hanging guide" }).waitFor();
        await shoot(page, `mockup-hanging-guide-${device}`);
        await page.emulateMedia({ media: "print" });
        // On paper only the guide: no site header, footer or buttons.
        expect([await page.locator("header").isVisible(), await page.getByRole("button", { name: "Print this guide" }).isVisible()]).toEqual([false, false]);
        await page.screenshot({ path: path.join(outputDir, `mockup-hanging-guide-${device}-print.png`), fullPage: true });
        await page.emulateMedia({ media: "screen" });

        await ownerPage.goto(shareUrl);
        await ownerPage.getByRole("button", { name: "Delete" }).click();
        await ownerPage.getByRole("button", { name: "Yes, delete it" }).click();
        await ownerPage.getByRole("heading", { name: "This mockup was deleted by its owner" }).waitFor();
        const gone = await page.goto(shareUrl);
        expect(gone?.status()).toBe(410);
        await page.getByRole("heading", { name: "This mockup was deleted by its owner" }).waitFor();
        await shoot(page, `mockup-deleted-${device}`);
      } finally {
        await owner.close();
        await visitor.close();
      }
    });
  }
});
