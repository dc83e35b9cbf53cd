// The assistant hands a room to the wall editor in the browser: a photo of the shopper's room
// attached in the chat panel (upload progress, then "attached"), a print asked for by name, and the
// answer's link opens the wall editor on that very room at the corners step, the print then placed.
import sharp from "sharp";
import type { BrowserContext } from "playwright-core";
import { afterEach, expect, it } from "vitest";
import { chapters } from "../db/seed/data/index";
import { newContext, useBrowser } from "./browser";

const browser = useBrowser();
let context: BrowserContext | undefined;
afterEach(() => context?.close());

const title = chapters[0]!.photos[0]!.title;

it(`attaches a room in the chat, asks for "${title}" on the wall, and the link opens the editor on that room`, async () => {
  context = await newContext(browser.get(), { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "Ask the assistant" }).click();
  const panel = page.getByRole("dialog", { name: "Assistant" });
  await panel.waitFor();

  const room = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#cdbfa8" } }).jpeg().toBuffer();
  await panel.locator('input[type="file"]').setInputFiles({ name: "living-room.jpg", mimeType: "image/jpeg", buffer: room });
  await panel.getByText("Room photo attached: living-room.jpg").waitFor({ timeout: 60_000 });
  const input = panel.getByRole("textbox", { name: "Message the assistant" });
  await input.fill("Here is my living room");
  await input.press("Enter");
  const withRoom = panel.getByRole("link", { name: "open the wall editor with your room" });
  await withRoom.waitFor({ timeout: 30_000 });
  const room_ = new URL((await withRoom.getAttribute("href"))!, page.url()).searchParams.get("room");
  expect(room_).toMatch(/^[\w-]+$/);

  await panel.getByRole("button", { name: "Send" }).waitFor({ timeout: 30_000 });
  await input.fill(`Show ${title} on my wall`);
  await input.press("Enter");
  const editor = panel.getByRole("link", { name: "open the wall editor", exact: true });
  await editor.waitFor({ timeout: 30_000 });
  await editor.click();

  await page.waitForURL(/\/wall\?/);
  const params = new URL(page.url()).searchParams;
  expect(params.get("room")).toBe(room_);
  expect(params.get("photo")).toBeTruthy();
  // The room arrives at the corners step: the upload is the wall, the first step already done.
  await page.getByRole("heading", { name: "2 · The wall plane" }).waitFor({ timeout: 60_000 });
  expect(await page.getByRole("button", { name: /corner/ }).count()).toBe(4);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Width (in)").fill("120");
  await page.getByRole("button", { name: "Use this size" }).click();
  await page.getByRole("heading", { name: "4 · Place prints" }).waitFor();
  await expect.poll(() => page.getByTestId("print-size").textContent(), { timeout: 30_000 }).toContain(title);
  await page.screenshot({ path: "e2e/artifacts/assistant-room-to-wall.png", fullPage: true });
});
