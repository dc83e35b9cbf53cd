import { describe, expect, it } from "vitest";
import { itemListJsonLd, photoProductJsonLd, serializeJsonLd } from "./json-ld";

describe("serializeJsonLd", () => {
  it("can never close the <script> it is written into", () => {
    const text = serializeJsonLd(itemListJsonLd("https://prints.example", { name: "</script><script>alert(1)</script>", path: "/x", items: [] }));
    expect(text).not.toContain("</script");
    expect(text).not.toContain("<");
    expect(JSON.parse(text).name).toBe("</script><script>alert(1)</script>");
  });

  it("escapes the line separators that end a JavaScript string", () => {
    const text = serializeJsonLd(itemListJsonLd("https://prints.example", { name: "a\u2028b\u2029c & d", path: "/x", items: [] }));
    expect(text).not.toMatch(/[\u2028\u2029&]/);
    expect(JSON.parse(text).name).toBe("a\u2028b\u2029c & d");
  });
});

describe("photoProductJsonLd", () => {
  it("prices each offer as a decimal string from integer cents", () => {
    const product = photoProductJsonLd("https://prints.example", {
      slug: "dawn",
      title: "Dawn",
      story: "",
      location: "Montauk",
      image: null,
      variants: [{ id: 7, material: "canvas", widthIn: 24, heightIn: 36, priceCents: 32099 }],
    });
    expect(product.description).toBe("Dawn, photographed in Montauk.");
    expect(product).not.toHaveProperty("image");
    expect(product.offers).toEqual([
      expect.objectContaining({ price: "320.99", priceCurrency: "USD", url: "https://prints.example/photos/dawn?variant=7", name: "Dawn — 24 × 36 in · Canvas" }),
    ]);
  });
});
