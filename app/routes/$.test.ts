import { describe, expect, it } from "vitest";
import { runMeta } from "../../test/route-meta";
import { metaContent } from "../lib/seo";
import { loader, meta } from "./$";

describe("an address no page claims", () => {
  it("is a real 404 and is kept out of search results", () => {
    expect(() => loader()).toThrow(expect.objectContaining({ status: 404 }));
    expect(metaContent(runMeta(meta, undefined), "robots")).toBe("noindex");
  });
});
