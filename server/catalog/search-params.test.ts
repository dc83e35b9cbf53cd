import { describe, expect, it } from "vitest";
import { parseListCursor, parsePhotoSearchParams, photoSearchQuery } from "./search-params";

const parse = (query: string) => parsePhotoSearchParams(new URLSearchParams(query));

describe("parsePhotoSearchParams", () => {
  it("turns dollars in the URL into cents for the catalogue", () => {
    expect(parse("min=50&max=120").filters).toMatchObject({ minPriceCents: 5000, maxPriceCents: 12000 });
  });

  it("ignores blank fields, as an empty form submits them", () => {
    const search = parse("q=&collection=&orientation=&material=&min=&max=");
    expect(search.ignored).toEqual([]);
    expect(search.form).toEqual({});
  });

  it("drops only the bad parameters and reports which", () => {
    const search = parse("q=fog&min=1.5&orientation=round&cursor=%3Cscript%3E");
    expect(search.filters.q).toBe("fog");
    expect(search.ignored).toEqual(["orientation", "min", "cursor"]);
    expect(search.cursor).toBeUndefined();
  });

  it("round-trips the form into a query string for page links", () => {
    const search = parse("collection=shore&q=fog%20bank&max=300");
    expect(photoSearchQuery(search.form, "abc")).toBe("?collection=shore&max=300&q=fog+bank&cursor=abc");
    expect(photoSearchQuery({})).toBe("");
  });
});

describe("parseListCursor", () => {
  it("keeps a well-formed cursor and drops anything else", () => {
    expect(parseListCursor(new URLSearchParams("cursor=eyJzIjoxfQ"))).toBe("eyJzIjoxfQ");
    expect(parseListCursor(new URLSearchParams("cursor=a%20b"))).toBeUndefined();
    expect(parseListCursor(new URLSearchParams(""))).toBeUndefined();
  });
});
