import { describe, expect, it } from "vitest";
import { toImageSet, toZoomImage, type ImageRow } from "./images";

const row = (format: ImageRow["format"], width: number, height: number, kind: ImageRow["kind"] = "derivative"): ImageRow => ({
  format,
  kind,
  width,
  height,
  storageKey: `photos/p/${kind === "original" ? "original" : `${width}w`}.${format === "jpeg" ? "jpg" : format}`,
});

const rows = [
  row("jpeg", 3000, 2000, "original"),
  ...(["avif", "webp", "jpeg"] as const).flatMap((f) => [400, 1600].map((w) => row(f, w, (w * 2) / 3))),
  row("avif", 3000, 2000),
  row("jpeg", 3000, 2000),
];

describe("a photo's images", () => {
  it("leave the zoom copy out of the srcsets and of the largest JPEG that social cards use", () => {
    const image = toImageSet(rows)!;
    expect(image.src).toBe("/media/photos/p/1600w.jpg");
    expect(image.sources.map((s) => s.srcSet).join(", ")).not.toContain("3000w");
    expect(image.sources.find((s) => s.format === "jpeg")?.srcSet).toBe("/media/photos/p/400w.jpg 400w, /media/photos/p/1600w.jpg 1600w");
  });

  it("give the zoom viewer its 3000 px copy in AVIF and JPEG, or nothing before it is made", () => {
    expect(toZoomImage(rows)).toEqual({ width: 3000, height: 2000, jpeg: "/media/photos/p/3000w.jpg", avif: "/media/photos/p/3000w.avif" });
    expect(toZoomImage(rows.filter((r) => r.width < 3000 || r.kind === "original"))).toBeNull();
  });
});
