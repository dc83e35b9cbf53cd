import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { copiesFor, makeDerivatives, widthsFor } from "./derivatives";
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

  it("adds a zoom copy 3000 px on the long edge, in AVIF and JPEG, when the original is that large", async () => {
    const derivatives = await makeDerivatives(await photo(2000, 3000));
    const zoom = derivatives.filter((d) => Math.max(d.width, d.height) >= 3000);
    expect(zoom.map((d) => `${d.format}@${d.width}x${d.height}`).sort()).toEqual(["avif@2000x3000", "jpeg@2000x3000"]);
    for (const d of zoom) expect((await sharp(d.bytes).metadata()).height).toBe(3000);
    // The srcset widths are all still there, in all three formats.
    expect(derivatives.filter((d) => d.width <= 1600)).toHaveLength(12);
  });

  it("makes no zoom copy from a smaller original, and no second one when a srcset width already is one", () => {
    expect(copiesFor(1800, 1200).map((c) => c.width)).toEqual([400, 800, 1200, 1600]);
    expect(copiesFor(4500, 3000).at(-1)).toEqual({ width: 3000, formats: ["avif", "jpeg"] });
    // 1600 × 3000: the 1600 px copy is already 3000 px tall.
    expect(copiesFor(1600, 3000).map((c) => c.width)).toEqual([400, 800, 1200, 1600]);
  });

  it("refuses an SVG instead of rasterising it", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"><rect width="900" height="600"/></svg>');
    await expect(makeDerivatives(svg)).rejects.toThrow(/SVG images are not accepted/);
  });
});
