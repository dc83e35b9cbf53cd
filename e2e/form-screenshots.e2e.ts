// Screenshots of /contact and /checkout after an invalid submit, on a phone and a desktop, light
// and dark, kept as CI output so a person can see the errors beside their fields; axe checks the
// refused form too (the error colours, the alert, the invalid fields' descriptions).
import { AxeBuilder } from "@axe-core/playwright";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, newContext, useBrowser } from "./browser";
import { expectSummary, formWith } from "./form-checks";
import { addPrintToCart } from "./shopping";

const browser = useBrowser();
const outputDir = path.resolve("e2e/artifacts/screenshots");
const viewports = { mobile: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } } as const;

/** The loaders have run again after the refusal: the button is back to its label, enabled. */
async function settled(page: Page, button: string): Promise<void> {
  await page.getByRole("button", { name: button, disabled: false }).waitFor();
}

async function refusedContact(page: Page): Promise<void> {
  await page.goto("/contact");
  const form = formWith(page, "Message");
  await form.getByLabel("Name").fill("Ada Lovelace");
  await form.getByLabel("E-mail address").fill("ada-at-example.com");
  await form.getByLabel("Message").fill("   ");
  await page.getByRole("button", { name: "Send message" }).click();
  await expectSummary(form);
  await settled(page, "Send message");
}

async function refusedCheckout(page: Page): Promise<void> {
  await addPrintToCart(page);
  await page.goto("/checkout");
  const form = formWith(page, "E-mail for your receipt and order updates");
  await form.getByLabel("E-mail for your receipt and order updates").fill("buyer@example");
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expectSummary(form);
  await settled(page, "Continue to payment");
}

describe("screenshots of refused forms", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      it(`contact and checkout with errors, ${device}, ${theme}: no axe violations`, async () => {
        mkdirSync(outputDir, { recursive: true });
        const context = await newContext(browser.get(), { viewport, colorScheme: theme, deviceScaleFactor: 1 });
        await context.addCookies([{ name: "pr_theme", value: theme, url: baseUrl() }]);
        const page = await context.newPage();
        try {
          for (const [name, refuse] of [["contact", refusedContact], ["checkout", refusedCheckout]] as const) {
            await refuse(page);
            const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
            expect(axe.violations.map((v) => `${name}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
            // The viewport as the shopper sees it right after the submit, and the whole page.
            for (const fullPage of [false, true]) {
              const file = path.join(outputDir, `${name}-errors-${device}-${theme}${fullPage ? "-full" : ""}.png`);
              await page.screenshot({ path: file, fullPage });
              expect(statSync(file).size).toBeGreaterThan(5_000);
            }
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});
