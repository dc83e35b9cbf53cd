import { describe, expect, it } from "vitest";
import { buildSeo, mergeMeta, metaContent, seoMeta } from "./seo";

const image = {
  src: "/media/p/1600w.jpg",
  width: 3200,
  height: 2000,
  sources: [{ format: "jpeg", srcSet: "/media/p/400w.jpg 400w, /media/p/1600w.jpg 1600w" }],
};

describe("buildSeo", () => {
  it("makes every URL absolute and sizes the card from the JPEG actually linked", () => {
    const seo = buildSeo("https://prints.example/", { title: "Dawn", description: "Morning.", path: "/photos/dawn", image });
    expect(seo.url).toBe("https://prints.example/photos/dawn");
    expect(seo.image).toEqual({ url: "https://prints.example/media/p/1600w.jpg", width: 1600, height: 1000, alt: "Dawn" });
  });

  it("shortens a long description at a word and collapses whitespace", () => {
    const seo = buildSeo("https://prints.example", { title: "Long", description: `${"word ".repeat(60)}\n\nend`, path: "/" });
    expect(seo.description.length).toBeLessThanOrEqual(160);
    expect(seo.description.endsWith("word…")).toBe(true);
    expect(seo.description).not.toMatch(/\s{2}|\n/);
  });
});

describe("mergeMeta", () => {
  it("lets a page replace the root's tags one by one and keeps the rest", () => {
    const root = seoMeta(buildSeo("https://prints.example", { title: "Printroom", path: "/" }));
    const merged = mergeMeta([{ id: "root", meta: root }], [{ title: "Dawn · Printroom" }, { property: "og:title", content: "Dawn" }]);
    expect(metaContent(merged, "title")).toBe("Dawn · Printroom");
    expect(metaContent(merged, "og:title")).toBe("Dawn");
    expect(metaContent(merged, "og:image")).toBe("https://prints.example/og-default.jpg");
    expect(merged.filter((d) => "title" in d)).toHaveLength(1);
  });
});
