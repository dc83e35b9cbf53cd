// Every form follows one recipe (decision 015): an invalid submit, on a phone, with JavaScript on
// and off, shows each message beside its field, keeps what was typed, puts a summary above the
// form and, with JavaScript, moves the focus to the first invalid field, which is then on screen.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newContext, useBrowser } from "./browser";
import { expectErrorBeside, expectFocused, expectKeptAndValid, expectOnScreen, expectSummary, expectThumbSized, formWith } from "./form-checks";
import { addPrintToCart } from "./shopping";

const browser = useBrowser();
const phone = { width: 375, height: 812 };
const BAD_EMAIL = "Please enter a valid e-mail address, like name@example.com.";

type Journey = (page: Page, javaScript: boolean) => Promise<void>;

async function inPhone(javaScript: boolean, journey: Journey): Promise<void> {
  const context = await newContext(browser.get(), { javaScript, viewport: phone });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  try {
    await journey(page, javaScript);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Submits with the named button; without JavaScript waits for the server's page (a 400) to load. */
async function submit(page: Page, button: string): Promise<void> {
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.status() >= 400);
  await page.getByRole("button", { name: button }).click();
  await answered;
  await page.waitForLoadState("load");
}

const journeys: Record<string, Journey> = {
  contact: async (page, javaScript) => {
    await page.goto("/contact");
    const form = formWith(page, "Message");
    await expectThumbSized(form);
    await form.getByLabel("Name").fill("Ada Lovelace");
    await form.getByLabel("E-mail address").fill("ada-at-example.com");
    await form.getByLabel(/^Subject/).fill("A print for the study");
    await form.getByLabel("Message").fill("   \n\n   ");
    await submit(page, "Send message");

    await expectSummary(form, "Please correct the 2 fields marked below.");
    const email = form.getByLabel("E-mail address");
    await expectErrorBeside(email, BAD_EMAIL);
    await expectErrorBeside(form.getByLabel("Message"), "Please write a message.");
    expect(await email.inputValue()).toBe("ada-at-example.com");
    await expectKeptAndValid(form.getByLabel("Name"), "Ada Lovelace");
    await expectKeptAndValid(form.getByLabel(/^Subject/), "A print for the study");
    if (javaScript) await expectFocused(email);
    await expectOnScreen(email);
    await expectThumbSized(form);
  },

  "track-order": async (page, javaScript) => {
    await page.goto("/track-order");
    const form = formWith(page, "Order number");
    await expectThumbSized(form);
    await form.getByLabel("Order number").fill("PR-2026-000123");
    await form.getByLabel("E-mail address").fill("someone@");
    await submit(page, "Find my order");

    await expectSummary(form, "Please correct the field marked below.");
    const email = form.getByLabel("E-mail address");
    await expectErrorBeside(email, BAD_EMAIL);
    expect(await email.inputValue()).toBe("someone@");
    await expectKeptAndValid(form.getByLabel("Order number"), "PR-2026-000123");
    if (javaScript) await expectFocused(email);
    await expectOnScreen(email);
    await expectThumbSized(form);
  },

  checkout: async (page, javaScript) => {
    await addPrintToCart(page, { javaScript });
    await page.goto("/checkout");
    const form = formWith(page, "E-mail for your receipt and order updates");
    await expectThumbSized(form);
    const email = form.getByLabel("E-mail for your receipt and order updates");
    await email.fill("buyer@example");
    await form.getByLabel(/Send me the studio newsletter/).check();
    await submit(page, "Continue to payment");

    await expectSummary(form, "Please correct the field marked below.");
    await expectErrorBeside(email, BAD_EMAIL);
    expect(await email.inputValue()).toBe("buyer@example");
    expect(await form.getByLabel(/Send me the studio newsletter/).isChecked()).toBe(true);
    // Still the checkout (Remix posts an index route's form to ?index), not the payment page.
    expect(new URL(page.url()).pathname).toBe("/checkout");
    if (javaScript) await expectFocused(email);
    await expectOnScreen(email);
    await expectThumbSized(form);
  },

  "gift-card balance": async (page, javaScript) => {
    await page.goto("/gift-cards/balance");
    const form = formWith(page, "Gift card code");
    await expectThumbSized(form);
    const code = form.getByLabel("Gift card code");
    await code.fill("0000-0000-0000-0000");
    // An unknown code is an answer (200), not a refused form, shown beside the field all the same.
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Check balance" }).click();
    await answered;
    await page.waitForLoadState("load");

    await expectSummary(form);
    await expectErrorBeside(code, "We couldn't find an active gift card with that code.");
    expect(await code.inputValue()).toBe("0000-0000-0000-0000");
    expect(await page.getByRole("heading", { name: /^Card ending in/ }).count()).toBe(0);
    if (javaScript) await expectFocused(code);
    await expectOnScreen(code);
    await expectThumbSized(form);
  },

  // The cart's code field sits in the cart, not in a form of its own page: no summary, the message beside it.
  "cart gift card": async (page, javaScript) => {
    await addPrintToCart(page, { javaScript });
    const form = formWith(page, "Gift card code");
    await expectThumbSized(form);
    const code = form.getByLabel("Gift card code");
    await code.fill("0000-0000-0000-0000");
    await submit(page, "Apply");

    await expectErrorBeside(code, "We couldn't find an active gift card with that code.");
    expect(await code.inputValue()).toBe("0000-0000-0000-0000");
    await expectOnScreen(code);
    await expectThumbSized(form);
  },
};

describe("an invalid submit, on a 375 px phone", () => {
  for (const [name, journey] of Object.entries(journeys)) {
    for (const javaScript of [true, false]) {
      it(`${name}, refused with JavaScript ${javaScript ? "on" : "off"}: messages beside the fields, typed values kept`, () => inPhone(javaScript, journey));
    }
  }

  it("the newsletter e-mail boxes, on the home page and in the footer of other pages, are at least 44 px tall", () =>
    inPhone(true, async (page) => {
      await page.goto("/");
      await expectThumbSized(page.getByRole("region", { name: "New work, first" }));
      // On the home page the footer points to the signup block above instead of a second form.
      await page.goto("/about");
      await expectThumbSized(page.getByRole("contentinfo"));
    }));
});
