// What "one recipe for every form" promises a shopper after a refused submit, as checks on a page:
// the message beside its field, the summary above the form, focus on the first invalid field with
// JavaScript, that field on screen on a phone, and every text box tall enough for a thumb.
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** The field is marked invalid and its description names an element that holds `message`.
 * With JavaScript the answer arrives before React commits it, so the mark is awaited, not read once. */
export async function expectErrorBeside(field: Locator, message: string | RegExp): Promise<void> {
  await expect.poll(() => field.getAttribute("aria-invalid"), { timeout: 5_000 }).toBe("true");
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  expect(ids.length).toBeGreaterThan(0);
  const described = await field.evaluate((element, list) => list.map((id) => element.ownerDocument.getElementById(id)?.textContent ?? "").join(" "), ids);
  if (typeof message === "string") expect(described).toContain(message);
  else expect(described).toMatch(message);
}

/** A field the shopper filled correctly: kept as typed and not marked. */
export async function expectKeptAndValid(field: Locator, typed: string): Promise<void> {
  expect(await field.inputValue()).toBe(typed);
  expect(await field.getAttribute("aria-invalid")).toBeNull();
}

/** The form's summary: one visible alert inside the form, saying what to do. */
export async function expectSummary(form: Locator, text: string | RegExp = /Please correct the (field|\d+ fields) marked below\./): Promise<void> {
  const alert = form.getByRole("alert");
  await alert.waitFor();
  expect(await alert.count()).toBe(1);
  expect(await alert.isVisible()).toBe(true);
  if (typeof text === "string") expect(await alert.textContent()).toContain(text);
  else expect(await alert.textContent()).toMatch(text);
}

/** With JavaScript the focus lands on `field` once the refusal has rendered. */
export async function expectFocused(field: Locator): Promise<void> {
  await expect.poll(() => field.evaluate((element) => element === element.ownerDocument.activeElement), { timeout: 5_000 }).toBe(true);
}

/** The whole of `element` lies inside the viewport, as a phone shows it. */
export async function expectOnScreen(element: Locator): Promise<void> {
  const box = await element.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, height: window.innerHeight, width: window.innerWidth };
  });
  expect(box.top, "top edge on screen").toBeGreaterThanOrEqual(0);
  expect(box.bottom, "bottom edge on screen").toBeLessThanOrEqual(box.height);
  expect(box.left, "left edge on screen").toBeGreaterThanOrEqual(0);
  expect(box.right, "right edge on screen").toBeLessThanOrEqual(box.width);
}

/** Every visible text box, select and text area inside `scope`, by its label, with its rendered height. */
export async function textBoxHeights(scope: Locator): Promise<{ label: string; height: number }[]> {
  return scope.locator("input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]), textarea, select").evaluateAll((nodes) =>
    nodes
      .filter((node) => node.getClientRects().length > 0 && !node.closest("[aria-hidden=true]"))
      .map((node) => {
        const control = node as HTMLInputElement;
        const label = control.labels?.[0]?.textContent?.trim() ?? control.name;
        return { label, height: Math.round(control.getBoundingClientRect().height * 10) / 10 };
      }),
  );
}

/** At least one text box in `scope`, and none shorter than 44 px. */
export async function expectThumbSized(scope: Locator): Promise<void> {
  const heights = await textBoxHeights(scope);
  expect(heights.length).toBeGreaterThan(0);
  expect(heights.filter((box) => box.height < 44)).toEqual([]);
}

/** The form in `main` that holds a control labelled `label`. */
export function formWith(page: Page, label: string | RegExp): Locator {
  return page.getByRole("main").locator("form").filter({ has: page.getByLabel(label) });
}
