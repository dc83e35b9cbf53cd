import { describe, expect, it } from "vitest";
import { giftCardCoverage } from "./gift-card-coverage";

describe("giftCardCoverage", () => {
  it("pays the smaller of what the card has and the order total", () => {
    expect(giftCardCoverage(5000, 9000)).toBe(5000);
    expect(giftCardCoverage(10_000, 9000)).toBe(9000);
    expect(giftCardCoverage(0, 9000)).toBe(0);
    expect(giftCardCoverage(-10, 9000)).toBe(0);
  });

  it("leaves the provider at least its minimum charge when the card pays only part", () => {
    expect(giftCardCoverage(8980, 9000, 50)).toBe(8950);
    expect(giftCardCoverage(8950, 9000, 50)).toBe(8950);
    expect(giftCardCoverage(9000, 9000, 50)).toBe(9000);
    expect(giftCardCoverage(30, 40, 50)).toBe(0);
  });
});
