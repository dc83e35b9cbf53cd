// The wall editor on a phone (375 × 812, touch) and a desktop (1280, mouse): from the photo page's
// link, a sample room, the print at its sold size, resized by a pinch or the corner handle (ratio
// kept, a sold size, its price), a corner dragged, the marks of step 3 kept, the floor line and
// eye level, back and forward with nothing lost, saved, shared, and the prints bought from the
// share page in another browser at database prices; an uploaded photo turned upright by its EXIF
// orientation; axe on each step in light and dark.
import { AxeBuilder } from "@axe-core/playwright";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { baseUrl, newContext, useBrowser } from "./browser";
import { storefrontUrls } from "./storefront";
import { centreOf, mouseDrag, pinch, printCornersOnScreen, touchDrag } from "./wall-gestures";

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

const sizeOf = (text: string) => text.match(/(\d+(?:\.\d+)?) × (\d+(?:\.\d+)?) in/)!.slice(1).map(Number) as [number, number];
const ratioOf = (text: string) => sizeOf(text)[0] / sizeOf(text)[1];
const priceOf = (text: string) => text.split("·").at(-1)!.trim();

type Line = { variantId: number | null; unitPriceCents: number; quantity: number };

/** A visitor in another browser opens the share page and buys its prints: exactly those variants, at database prices. */
async function buysTheSharedPrints(sharePath: string, device: { viewport: { width: number; height: number }; hasTouch: boolean; isMobile: boolean }) {
  const visitor = await newContext(browser.get(), device);
  try {
    const page = await visitor.newPage();
    await page.goto(sharePath);
    const id = sharePath.split("/").pop()!;
    const shared = await page.evaluate(async (mockupId) => (await (await fetch(`/api/trpc/mockups.get?input=${encodeURIComponent(JSON.stringify({ id: mockupId }))}`)).json()).result.data, id);
    const variantIds = (shared.scene.prints as { variantId: number }[]).map((p) => p.variantId).sort();
    await page.getByRole("button", { name: "Add these prints to my cart" }).click();
    await page.waitForURL(/\/cart$/);
    const cart = await page.evaluate(async () => (await (await fetch("/api/trpc/cart.get")).json()).result.data);
    const lines = cart.lines as Line[];
    expect(lines.flatMap((l) => Array.from({ length: l.quantity }, () => l.variantId)).sort()).toEqual(variantIds);
    const prices = new Map((shared.prints as { variantId: number; priceCents: number }[]).map((p) => [p.variantId, p.priceCents]));
    for (const line of lines) expect(line.unitPriceCents).toBe(prices.get(line.variantId!));
  } finally {
    await visitor.close();
  }
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
        const entered = (await status.textContent())!;
        await page.waitForTimeout(500);
        await page.screenshot({ path: `e2e/artifacts/wall-4-${layout.name}-${theme}.png`, fullPage: true });
        await noAxeViolations(page, "place prints");

        // Resized with the hand the device has: two fingers apart on the phone, the corner handle
        // with a mouse. The ratio stays the photo's, the size snaps to one sold, the price follows.
        await expect.poll(() => new URL(page.url()).searchParams.get("mockup"), { timeout: 30_000 }).toBeTruthy();
        const onScreen = await printCornersOnScreen(page, "print-1");
        if (hasTouch) await pinch(page, centreOf(onScreen), 30, 200);
        else await mouseDrag(page, onScreen[2]!, { x: onScreen[2]!.x + 220, y: onScreen[2]!.y + 150 });
        await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toBe(entered);
        const before = (await status.textContent())!;
        expect(ratioOf(before)).toBeCloseTo(ratioOf(entered), 1);
        expect(priceOf(before)).not.toBe(priceOf(entered));
        expect(await page.getByRole("button", { name: "Undo" }).isEnabled()).toBe(true);

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
        const corner = page.getByRole("button", { name: "Move the top left corner (arrow keys)" });
        const was = (await corner.boundingBox())!;
        const grab = { x: was.x + was.width / 2, y: was.y + was.height / 2 };
        await (hasTouch ? touchDrag : mouseDrag)(page, grab, { x: grab.x + 14, y: grab.y + 10 });
        await expect.poll(async () => (await corner.boundingBox())!.x, { timeout: 5_000 }).toBeGreaterThan(was.x + 6);
        await page.screenshot({ path: `e2e/artifacts/wall-2-${layout.name}-${theme}.png`, fullPage: true });
        await noAxeViolations(page, "the wall plane");
        await page.getByRole("button", { name: "Next" }).click();
        await page.getByRole("heading", { name: "3 · Real size" }).waitFor();
        await noAxeViolations(page, "real size");
        await page.getByLabel("A door (80 in / 203 cm)").check();
        expect(await page.getByRole("button", { name: /Move the door's/ }).count()).toBe(2);
        await noAxeViolations(page, "real size, a door");
        const doorTop = page.getByRole("button", { name: "Move the door's top (arrow keys)" });
        const doorWas = (await doorTop.boundingBox())!;
        await doorTop.focus();
        for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
        const doorMoved = (await doorTop.boundingBox())!;
        expect(doorMoved.x).toBeGreaterThan(doorWas.x);
        await page.getByLabel("A sheet of paper on the wall").check();
        expect(await page.getByRole("button", { name: /Move the sheet's/ }).count()).toBe(4);
        await noAxeViolations(page, "real size, a sheet");
        // Away and back: the method and the marks are where they were left (finding 20).
        await page.getByLabel("A door (80 in / 203 cm)").check();
        await page.getByRole("button", { name: "2 · The wall plane" }).click();
        await page.getByRole("button", { name: "Next" }).click();
        await page.getByRole("heading", { name: "3 · Real size" }).waitFor();
        expect(await page.getByLabel("A door (80 in / 203 cm)").isChecked()).toBe(true);
        expect((await doorTop.boundingBox())!.x).toBeCloseTo(doorMoved.x, 0);
        // The measured width, and the floor line for the eye-level guide.
        await page.getByLabel("I measured it").check();
        await page.getByLabel("Mark where this wall meets the floor").check();
        expect(await page.getByRole("button", { name: /Move the floor line's/ }).count()).toBe(2);
        await page.screenshot({ path: `e2e/artifacts/wall-3-${layout.name}-${theme}.png`, fullPage: true });
        await noAxeViolations(page, "real size, the floor");
        await page.getByRole("button", { name: "Use this size" }).click();
        await page.getByRole("heading", { name: "4 · Place prints" }).waitFor();
        expect(await status.textContent()).toBe(after);
        await page.getByTestId("eye-level").waitFor();
        await page.getByRole("button", { name: "Hang at eye level" }).click();
        await expect.poll(() => page.getByTestId("eye-level").textContent()).toBe("The group's centre is at eye level, 57 in above the floor.");

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
        const sharePath = (await share.getAttribute("href"))!;
        expect(sharePath).toMatch(/^\/mockups\/[\w-]+$/);
        await buysTheSharedPrints(sharePath, { viewport, hasTouch, isMobile });
      });
    });
  }
}

describe("a photo of the shopper's own wall", () => {
  it("goes up through the file input and is shown upright, as its EXIF orientation says", async () => {
    context = await newContext(browser.get(), { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto("/wall");
    await page.getByText("Or use a photo of your wall").waitFor();
    // Stored 1200 × 800 on its side, as a phone held upright writes it: orientation 6 turns it to 800 × 1200.
    const sideways = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#d9d2c5" } })
      .composite([{ input: { create: { width: 300, height: 800, channels: 3, background: "#6b5b4b" } }, left: 900, top: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    await page.locator('input[type="file"]').setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: sideways });
    await page.getByRole("heading", { name: "2 · The wall plane" }).waitFor({ timeout: 60_000 });
    const [width, height] = await page.getByRole("img", { name: "Your wall" }).evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    });
    expect(height / width).toBeCloseTo(1.5, 1);
    await noAxeViolations(page, "your own wall");
  });
});
