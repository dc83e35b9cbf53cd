import { describe, expect, it } from "vitest";
import { amountLines } from "./amounts";

const base = { subtotalCents: 12_000, shippingCents: 1_500, taxCents: null, discountCents: 0, giftCardLast4: null, totalCents: 13_500, currency: "usd" };

describe("amountLines", () => {
  it("lists items, shipping, taxes included and what was paid", () => {
    expect(amountLines(base).map((l) => [l.label, l.text])).toEqual([
      ["Items", "$120"],
      ["Shipping", "$15"],
      ["Taxes", "Included in prices"],
      ["Paid", "$135"],
    ]);
  });

  it("names the gift card by its last four, never 'Discount', and shows charged tax", () => {
    const lines = amountLines({ ...base, taxCents: 1_080, discountCents: 5_000, giftCardLast4: "1234", totalCents: 9_580 });
    expect(lines.map((l) => [l.kind, l.label, l.text, l.cents])).toEqual([
      ["items", "Items", "$120", 12_000],
      ["shipping", "Shipping", "$15", 1_500],
      ["tax", "Tax", "$10.80", 1_080],
      ["gift_card", "Gift card ending in 1234", "−$50", -5_000],
      ["paid", "Paid", "$95.80", 9_580],
    ]);
    // The lines add up to what was paid.
    expect(lines.filter((l) => l.kind !== "paid").reduce((sum, l) => sum + l.cents, 0)).toBe(9_580);
  });

  it("says free shipping as Free", () => {
    expect(amountLines({ ...base, shippingCents: 0, totalCents: 12_000 }).find((l) => l.kind === "shipping")?.text).toBe("Free");
  });
});
