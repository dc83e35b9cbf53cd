import { describe, expect, it } from "vitest";
import { encodeCursor } from "./cursor";
import { parseListCursor, parsePhotoSearchParams, photoSearchQuery, withoutBlankFields } from "./search-params";

const parse = (query: string) => parsePhotoSearchParams(new URLSearchParams(query));

describe("parsePhotoSearchParams", () => {
  it("turns dollars in the URL into cents for the catalogue", () => {
    expect(parse("min=50&max=120").filters).toMatchObject({ minPriceCents: 5000, maxPriceCents: 12000 });
  });

  it("ignores blank fields, as an empty form submits them, and leaves the default sort out of the form", () => {
    const search = parse("q=&collection=&orientation=&material=&size=&min=&max=&sort=featured");
    expect(search.ignored).toEqual([]);
    expect(search.form).toEqual({});
    expect(search.sort).toBe("featured");
  });

  it("reads the size class and the sort", () => {
    const search = parse("size=large&sort=price-desc");
    expect(search.filters.size).toBe("large");
    expect(search.sort).toBe("price-desc");
    expect(search.form).toEqual({ size: "large", sort: "price-desc" });
  });

  it("drops only the bad parameters and reports which; a bad cursor means the first page", () => {
    const search = parse("q=fog&min=1.5&orientation=round&size=huge&sort=random&cursor=%3Cscript%3E");
    expect(search.filters.q).toBe("fog");
    expect(search.ignored).toEqual(["orientation", "size", "min", "sort"]);
    expect(search.sort).toBe("featured");
    expect(search.cursor).toBeUndefined();
    expect(search.cursorReset).toBe(true);
  });

  it("keeps a cursor only for the sort it was made for", () => {
    const newest = encodeCursor({ sort: "newest", key: 40, id: 40 });
    expect(parse(`sort=newest&cursor=${newest}`)).toMatchObject({ cursor: newest, cursorReset: false });
    expect(parse(`sort=price-asc&cursor=${newest}`)).toMatchObject({ cursor: undefined, cursorReset: true });
  });

  it("swaps a minimum above the maximum and says it did", () => {
    const search = parse("min=400&max=80");
    expect(search.filters).toMatchObject({ minPriceCents: 8000, maxPriceCents: 40000 });
    expect(search.swappedPrices).toEqual({ min: 80, max: 400 });
    expect(parse("min=80&max=400").swappedPrices).toBeUndefined();
  });

  it("round-trips the form into a query string carrying only the set fields", () => {
    const search = parse("collection=shore&q=fog%20bank&max=300&sort=newest");
    expect(photoSearchQuery(search.form, "abc")).toBe("?q=fog+bank&collection=shore&max=300&sort=newest&cursor=abc");
    expect(photoSearchQuery({})).toBe("");
  });
});

describe("withoutBlankFields", () => {
  it("drops blank fields and the default sort, keeps the rest as sent, and is null for a clean query", () => {
    expect(withoutBlankFields(new URLSearchParams("q=&material=metal&min=500&max=100&sort=featured"))).toBe("?material=metal&min=500&max=100");
    expect(withoutBlankFields(new URLSearchParams("q=&collection="))).toBe("");
    expect(withoutBlankFields(new URLSearchParams("material=metal&sort=newest"))).toBeNull();
    expect(withoutBlankFields(new URLSearchParams(""))).toBeNull();
  });
});

describe("parseListCursor", () => {
  it("keeps a cursor that decodes for the sort and drops anything else", () => {
    const featured = encodeCursor({ sort: "featured", key: 3, id: 7 });
    expect(parseListCursor(new URLSearchParams(`cursor=${featured}`))).toBe(featured);
    expect(parseListCursor(new URLSearchParams("cursor=eyJzIjoxfQ"))).toBeUndefined();
    expect(parseListCursor(new URLSearchParams("cursor=a%20b"))).toBeUndefined();
    expect(parseListCursor(new URLSearchParams(""))).toBeUndefined();
  });
});
