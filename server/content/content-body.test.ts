// The plain-text body the owner edits: headings and paragraphs out, the same text back in.
import { describe, expect, it } from "vitest";
import { formatContentBody, parseContentBody } from "./content-body";
import { contentSlugs, defaultContentPages } from "./pages";

describe("a content page's body as plain text", () => {
  it("reads “## Heading” lines as sections and blank lines as paragraph breaks, joining a paragraph's lines", () => {
    const body = "## Made to order\r\nEvery print is made\n  when you order it.\n\n\nIt ships in a week.\n##   Damage  \n\nWrite to us.\n";
    expect(parseContentBody(body)).toEqual({
      ok: true,
      sections: [
        { heading: "Made to order", paragraphs: ["Every print is made when you order it.", "It ships in a week."] },
        { heading: "Damage", paragraphs: ["Write to us."] },
      ],
    });
  });

  it("keeps “###” and “##word” as text, not headings", () => {
    expect(parseContentBody("## A\n### not a heading\n##nor this")).toEqual({ ok: true, sections: [{ heading: "A", paragraphs: ["### not a heading ##nor this"] }] });
  });

  it("gives back every default page unchanged after formatting and parsing", () => {
    for (const slug of contentSlugs) {
      expect(parseContentBody(formatContentBody(defaultContentPages[slug].sections))).toEqual({ ok: true, sections: defaultContentPages[slug].sections });
    }
  });

  it.each([
    ["", /at least one section/],
    ["   \n\n", /at least one section/],
    ["Some words first\n## Then a heading\nText", /Start the page with a heading/],
    ["## \nText", /needs a heading/],
    ["## Alone\n\n## Second\nText", /“Alone” has no text/],
    ["## Same\nOne\n## Same\nTwo", /Two sections are headed “Same”/],
  ])("refuses %j with a message that says what to fix", (body, message) => {
    const parsed = parseContentBody(body);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.message).toMatch(message);
  });
});
