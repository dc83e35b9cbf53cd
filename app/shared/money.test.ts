import { describe, expect, it } from "vitest";
import { centsToDecimalString, formatMoney } from "./money";

describe("formatMoney", () => {
  it("drops the cents of whole-dollar amounts and keeps them otherwise", () => {
    expect(formatMoney(4500)).toBe("$45");
    expect(formatMoney(4550)).toBe("$45.50");
    expect(formatMoney(120000)).toBe("$1,200");
    expect(formatMoney(5)).toBe("$0.05");
  });

  it("refuses a fractional amount rather than rounding money silently", () => {
    expect(() => formatMoney(45.5)).toThrow(TypeError);
  });
});

describe("centsToDecimalString", () => {
  it("writes two decimals without going through floating point", () => {
    expect(centsToDecimalString(4500)).toBe("45.00");
    expect(centsToDecimalString(120007)).toBe("1200.07");
    expect(centsToDecimalString(9)).toBe("0.09");
    expect(centsToDecimalString(-250)).toBe("-2.50");
  });
});
