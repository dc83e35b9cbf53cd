import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makeDerivatives, widthsFor } from "./derivatives";
import { detectRasterType } from "./raster-type";

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#c9825a" } }).jpeg().toBuffer();

describe("makeDerivatives", () => {
  it("makes AVIF, WebP and JPEG at each width up to the original, keeping the proportions", async () => {
    const derivatives = await makeDerivatives(await photo(1800, 1200));
    expect(derivatives.map((d) => `${d.format}@${d.width}x${d.height}`).sort()).toEqual(
      ["avif", "jpeg", "webp"].flatMap((f) => [400, 800, 1200, 1600].map((w) => `${f}@${w}x${Math.round((w * 2) / 3)}`)).sort(),
    );
    for (const d of derivatives) {
      expect((await detectRasterType(d.bytes)).format).toBe(d.format);
      const meta = await sharp(d.bytes).metadata();
      expect([meta.width, meta.height]).toEqual([d.width, d.height]);
    }
  });

  it("never makes a copy wider than the original", async () => {
    const derivatives = await makeDerivatives(await photo(1000, 1250));
    expect([...new Set(derivatives.map((d) => d.width))]).toEqual([400, 800]);
    expect(widthsFor(300)).toEqual([300]);
  });

  it("refuses an SVG instead of rasterising it", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"><rect width="900" height="600"/></svg>');
    await expect(makeDerivatives(svg)).rejects.toThrow(/SVG images are not accepted/);
  });
});
