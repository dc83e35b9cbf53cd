import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cmToInches, formatInches, formatLength, formatSize, inchesToCm, roundToEighth, roundToMm } from "./units";

describe("units", () => {
  it("converts inches and centimetres both ways without drift", () => {
    expect(inchesToCm(80)).toBeCloseTo(203.2, 12);
    expect(cmToInches(29.7)).toBeCloseTo(11.6929, 4);
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (v) => {
        expect(cmToInches(inchesToCm(v))).toBeCloseTo(v, 9);
      }),
    );
  });

  it("rounds to 1/8 in and whole millimetres, halves away from zero on both sides", () => {
    expect(roundToEighth(12.37)).toBe(12.375);
    expect(roundToEighth(-22.5)).toBe(-22.5);
    expect(roundToMm(22.5)).toBe(572);
    expect(roundToMm(-22.5)).toBe(-572);
  });

  it("writes inches as a tape measure reads them", () => {
    expect(formatInches(24)).toBe("24");
    expect(formatInches(12.375)).toBe("12 3/8");
    expect(formatInches(0.5)).toBe("1/2");
    expect(formatInches(-6.25)).toBe("−6 1/4");
    expect(formatInches(7.99)).toBe("8");
  });

  it("labels a size in inches and centimetres", () => {
    expect(formatSize(24, 36)).toBe("24 × 36 in / 61 × 91 cm");
    expect(formatSize(96.5, 60)).toBe("96 1/2 × 60 in / 245 × 152 cm");
    expect(formatLength(80)).toBe("80 in / 203 cm");
  });
});
