import { describe, expect, it } from "vitest";
import { newContext, useBrowser } from "./browser";

const browser = useBrowser();

describe("the development outbox page", () => {
  it("renders at /dev/mail while the app runs without SMTP_URL", async () => {
    const context = await newContext(browser.get());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      const response = await page.goto("/dev/mail");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Outbox" }).isVisible()).resolves.toBe(true);
      await expect(page.getByText(/nothing leaves this machine/).isVisible()).resolves.toBe(true);
      const frames = page.locator("iframe");
      for (const sandbox of await frames.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("sandbox")))) expect(sandbox).toBe("");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
