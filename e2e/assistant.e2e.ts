// The assistant with the offline model, on a phone (375 px, touch) and a desktop (1280): open the
// panel from the header, ask for sunset prints, add one from its card and see the header's badge
// change, ask what is in the cart, stop a long answer, reload and find the conversation again, and
// a second browser that cannot read it; axe and screenshots on the open panel in light and dark.
// Then /assistant with JavaScript off: a plain form that posts and answers with the page.
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { chapters } from "../db/seed/data/index";
import { montaukSunsets } from "../db/seed/data/montauk-sunsets";
import { baseUrl, newContext, useBrowser } from "./browser";

const browser = useBrowser();
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

const layouts = [
  { name: "phone", viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true },
  { name: "desktop", viewport: { width: 1280, height: 900 }, hasTouch: false, isMobile: false },
] as const;

const sunsetTitles = chapters.find((c) => c.collection.slug === montaukSunsets.collection.slug)!.photos.map((p) => p.title);
const seedTitles = chapters.flatMap((c) => c.photos.map((p) => p.title));

/** Cards of the demo catalogue's own photos, the Montauk sunsets among them. */
function expectSunsetCards(titles: string[]) {
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.filter((t) => !seedTitles.includes(t))).toEqual([]);
  expect(titles.some((t) => sunsetTitles.includes(t)), titles.join(", ")).toBe(true);
}
// Five topics make an answer long enough to stop while it streams.
const LONG_QUESTION = "Tell me about shipping, returns, materials, framing and care";

async function open(options: Parameters<typeof newContext>[1], theme: "light" | "dark" = "light"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser.get(), { ...options, colorScheme: theme });
  contexts.push(context);
  await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
  return { context, page: await context.newPage() };
}

const panelOf = (page: Page) => page.getByRole("dialog", { name: "Assistant" });

async function openPanel(page: Page): Promise<Locator> {
  await page.getByRole("link", { name: "Ask the assistant" }).click();
  const panel = panelOf(page);
  await panel.waitFor();
  return panel;
}

async function ask(panel: Locator, text: string) {
  const input = panel.getByRole("textbox", { name: "Message the assistant" });
  await input.fill(text);
  await input.press("Enter");
}

/** The last answer, once it has finished (its Stop button gone and the list no longer busy). */
async function settledAnswer(panel: Locator): Promise<Locator> {
  await panel.getByRole("button", { name: "Send" }).waitFor({ timeout: 30_000 });
  return panel.getByRole("list", { name: "Conversation" }).locator(":scope > li[aria-busy]").last();
}

const cartLabel = (page: Page) => page.locator('header a[href="/cart"]').getAttribute("aria-label");

async function noAxeViolations(page: Page, step: string) {
  const { violations } = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(violations.map((v) => `${step}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const layout of layouts) {
  describe(`the chat panel, ${layout.name}`, () => {
    it("finds sunset prints, adds one, shows the cart, stops, survives a reload, and stays this session's own", async () => {
      const { viewport, hasTouch, isMobile } = layout;
      const { page } = await open({ viewport, hasTouch, isMobile });
      await page.goto("/");
      expect(await cartLabel(page)).toBe("Cart, 0 items");
      const launcher = page.getByRole("link", { name: "Ask the assistant" });
      expect(await launcher.getAttribute("href")).toBe("/assistant");

      const panel = await openPanel(page);
      // Focus goes to the input; the panel fills a phone and is a side panel on a desktop.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("chat-message");
      const box = (await panel.boundingBox())!;
      if (layout.name === "phone") expect([box.x, box.width, Math.round(box.height)]).toEqual([0, 375, 812]);
      else expect([Math.round(box.x + box.width), box.width < 500]).toEqual([1280, true]);

      await ask(panel, "Show me sunset prints");
      const cards = panel.getByRole("article");
      await cards.first().waitFor({ timeout: 30_000 });
      await settledAnswer(panel);
      await panel.getByText("This is the shop's offline assistant").waitFor();
      const titles = await cards.getByRole("heading").allTextContents();
      expectSunsetCards(titles);
      // Nothing in an answer loads from another site.
      for (const origin of await panel.locator("img").evaluateAll((imgs) => imgs.map((i) => new URL((i as HTMLImageElement).src).origin))) expect(origin).toBe(baseUrl());

      const card = cards.first();
      await card.getByRole("combobox", { name: "Size" }).waitFor();
      await card.getByRole("combobox", { name: "Material" }).selectOption({ index: 0 });
      await card.getByRole("combobox", { name: "Size" }).selectOption({ index: 0 });
      const saved = page.waitForResponse((r) => r.url().includes("/api/trpc/cart.add") && r.ok());
      await card.getByRole("button", { name: "Add to cart" }).click();
      // The badge changes before the server answers, through the page's one cart context.
      expect(await cartLabel(page)).toBe("Cart, 1 item");
      await saved;
      await card.getByText("Added.").waitFor();
      await page.screenshot({ path: `e2e/artifacts/assistant-cards-${layout.name}-light.png` });
      await noAxeViolations(page, "photo cards, light");

      await ask(panel, "What's in my cart?");
      const cartCard = panel.getByRole("region", { name: "Your cart" }).last();
      await cartCard.waitFor({ timeout: 30_000 });
      expect(titles).toContain((await cartCard.getByRole("listitem").first().locator("span.font-medium").textContent())?.trim());
      await settledAnswer(panel);

      await ask(panel, LONG_QUESTION);
      const answers = panel.getByRole("list", { name: "Conversation" }).locator(":scope > li[aria-busy]");
      await answers.last().getByText(/\w+ \w+/).first().waitFor({ timeout: 30_000 });
      await panel.getByRole("button", { name: "Stop" }).click();
      await answers.last().getByText("Stopped.").waitFor();
      const stoppedText = (await answers.last().textContent())!;
      expect(stoppedText).not.toContain("soft, slightly damp cloth");
      await expect.poll(() => panel.getByRole("status", { name: "Assistant announcements" }).textContent()).toMatch(/^Stopped\./);
      const conversationId = await page.evaluate(() => localStorage.getItem("pr_chat_conversation"));
      expect(conversationId).toBeTruthy();

      // A reload opens the panel again on the same conversation, the stopped answer kept as stopped.
      await page.waitForTimeout(500);
      await page.reload();
      const again = panelOf(page);
      await again.getByRole("list", { name: "Conversation" }).waitFor();
      await again.getByText("Show me sunset prints").waitFor();
      await again.getByRole("region", { name: "Your cart" }).first().waitFor();
      expect(await again.getByRole("article").count()).toBeGreaterThan(0);
      await again.getByText("Stopped.").waitFor();
      expect(await cartLabel(page)).toBe("Cart, 1 item");

      // Escape closes it and the focus is back on the launcher.
      await page.keyboard.press("Escape");
      await panelOf(page).waitFor({ state: "hidden" });
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Ask the assistant");

      // Another browser with the same conversation id reads nothing of it.
      const other = await open({ viewport, hasTouch, isMobile });
      await other.page.goto("/about");
      await other.page.evaluate((id) => localStorage.setItem("pr_chat_conversation", id!), conversationId);
      const foreign = await openPanel(other.page);
      await foreign.getByText("Hello! I can find prints").waitFor();
      expect(await foreign.getByRole("list", { name: "Conversation" }).count()).toBe(0);
      const answer = await other.page.evaluate(async (id) => {
        const response = await fetch(`/api/trpc/chat.history?input=${encodeURIComponent(JSON.stringify({ conversationId: id }))}`);
        return { status: response.status, body: await response.text() };
      }, conversationId);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain("sunset");
    });

    for (const theme of ["light", "dark"] as const) {
      it(`has no axe violations and looks right in ${theme}`, async () => {
        const { viewport, hasTouch, isMobile } = layout;
        const { page } = await open({ viewport, hasTouch, isMobile }, theme);
        await page.goto("/photos");
        const panel = await openPanel(page);
        await page.screenshot({ path: `e2e/artifacts/assistant-empty-${layout.name}-${theme}.png` });
        await noAxeViolations(page, `empty, ${theme}`);
        await ask(panel, "Show me sunset prints");
        await panel.getByRole("article").first().getByRole("combobox", { name: "Size" }).waitFor({ timeout: 30_000 });
        await settledAnswer(panel);
        await ask(panel, "Track my order");
        await settledAnswer(panel);
        await page.screenshot({ path: `e2e/artifacts/assistant-answers-${layout.name}-${theme}.png` });
        await noAxeViolations(page, `answers, ${theme}`);
      });
    }
  });
}

describe("/assistant without JavaScript", () => {
  it("posts a message and answers with the page, cards included", async () => {
    const { page } = await open({ javaScript: false });
    await page.goto("/");
    await page.getByRole("link", { name: "Ask the assistant" }).click();
    await page.getByRole("heading", { name: "Ask the assistant", level: 1 }).waitFor();
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex");
    await page.getByLabel("Your message").fill("Show me sunset prints");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByRole("list", { name: "Conversation" }).waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).pathname).toBe("/assistant");
    const titles = await page.getByRole("article").getByRole("heading").allTextContents();
    expectSunsetCards(titles);
    await page.getByLabel("Your message").fill("What's in my cart?");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByRole("region", { name: "Your cart" }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: "e2e/artifacts/assistant-no-js.png", fullPage: true });

    // An empty message is refused beside its field, and nothing is sent.
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText("Please write a message.").waitFor();
    await page.goto("/assistant");
    expect(await page.getByText("What's in my cart?").count()).toBe(1);

    await page.getByRole("button", { name: "New conversation" }).click();
    await page.getByRole("heading", { name: "Ask the assistant", level: 1 }).waitFor();
    expect(await page.getByRole("list", { name: "Conversation" }).count()).toBe(0);
  });
});
